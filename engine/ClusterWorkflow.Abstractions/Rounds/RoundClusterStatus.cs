using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// Where one cluster stands in a round, as the round knows it: its profile, its submission's workflow
/// state (an id of the round's workflow), whether that state is final, whether it is overdue (past the
/// due date and not final), its last change, and the KPI values once approved.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.round-cluster-status")]
public sealed record RoundClusterStatus(
    ClusterProfile Profile,
    string WorkflowState,
    bool Final,
    bool Overdue,
    DateTimeOffset? LastChange,
    KpiClusterResult? Kpis);
