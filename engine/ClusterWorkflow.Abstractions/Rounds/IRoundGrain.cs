namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>A round [key: program~period]: plan, due date, status and the progress of every cluster.</summary>
[Alias("cw.round")]
public interface IRoundGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<RoundInfo> GetAsync();
}
