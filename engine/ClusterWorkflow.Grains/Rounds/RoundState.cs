using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Grains.Rounds;

[GenerateSerializer, Alias("cw.round-state")]
public sealed class RoundState
{
    [Id(0)] public RoundStatus Status { get; set; } = RoundStatus.NotOpened;
    [Id(1)] public DateOnly? DueDate { get; set; }
    [Id(2)] public List<string> ClusterIds { get; set; } = [];
    [Id(3)] public RoundPlan? Plan { get; set; }

    /// <summary>Hash of the plan the round was opened with: the same plan again is no change.</summary>
    [Id(4)] public string? PlanFingerprint { get; set; }

    /// <summary>Every cluster's submission, by cluster id.</summary>
    [Id(5)] public Dictionary<string, RoundClusterEntry> Clusters { get; set; } = [];

    [Id(6)] public KpiRollupResult? Rollup { get; set; }
    [Id(7)] public string? OpenedBy { get; set; }
    [Id(8)] public DateTimeOffset? OpenedAt { get; set; }
    [Id(9)] public string? ClosedBy { get; set; }
    [Id(10)] public DateTimeOffset? ClosedAt { get; set; }
}
