namespace ClusterWorkflow.Grains.Rounds;

[GenerateSerializer, Alias("cw.program-rounds-state")]
public sealed class ProgramRoundsState
{
    [Id(0)] public List<string> Periods { get; set; } = [];
}
