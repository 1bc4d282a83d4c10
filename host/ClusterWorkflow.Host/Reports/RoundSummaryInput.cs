using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// What a round summary is made from: the round's plan and clusters, its stored roll-up (null while
/// it is open), the previous round's clusters (for the movers) and the reader's scope.
/// </summary>
internal sealed record RoundSummaryInput(
    string ProgramId,
    string ProgramName,
    RoundInfo Round,
    RoundPlan Plan,
    IReadOnlyList<RoundClusterStatus> Clusters,
    KpiRollupResult? StoredRollup,
    IReadOnlyList<RoundClusterStatus> PreviousRound,
    ReportScope Scope,
    ReportSourceOptions Options,
    DateTimeOffset Now);
