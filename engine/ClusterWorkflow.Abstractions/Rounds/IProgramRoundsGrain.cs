namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>The periods of a program's opened rounds [key: program id], so rounds can be listed.</summary>
[Alias("cw.program-rounds")]
public interface IProgramRoundsGrain : IGrainWithStringKey
{
    /// <summary>Records a period; recording it again changes nothing.</summary>
    [Alias("add")]
    Task AddAsync(string period);

    /// <summary>Every recorded period, in the order the rounds were opened.</summary>
    [Alias("list")]
    Task<IReadOnlyList<string>> ListAsync();
}
