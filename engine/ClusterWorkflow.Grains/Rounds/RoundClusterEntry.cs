using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Grains.Rounds;

/// <summary>What a round knows of one cluster's submission.</summary>
[GenerateSerializer, Alias("cw.round-cluster-entry")]
public sealed class RoundClusterEntry
{
    [Id(0)] public ClusterProfile Profile { get; set; } = default!;

    [Id(1)] public string WorkflowState { get; set; } = "";

    [Id(2)] public bool Final { get; set; }

    /// <summary>The submission revision last reported; an older report arriving late is ignored.</summary>
    [Id(3)] public long Revision { get; set; } = -1;

    /// <summary>Set once the overdue notice was sent, so the TSA is told once.</summary>
    [Id(4)] public bool OverdueNotified { get; set; }

    /// <summary>The approved KPI values, for the roll-ups at close.</summary>
    [Id(5)] public KpiClusterResult? Kpis { get; set; }

    [Id(6)] public DateTimeOffset? LastChange { get; set; }
}
