using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Grains.Rounds;

[GenerateSerializer, Alias("cw.round-state")]
public sealed class RoundState
{
    [Id(0)] public RoundStatus Status { get; set; } = RoundStatus.NotOpened;
    [Id(1)] public DateOnly? DueDate { get; set; }
    [Id(2)] public List<string> ClusterIds { get; set; } = [];
}
