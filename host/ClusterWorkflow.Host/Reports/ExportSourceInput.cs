using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// What a round's export is made from: the plan, the clusters in the reader's scope with their latest
/// data, the roll-up, and every version of the cluster and roster forms up to the round's (so columns
/// line up with the exports of other rounds).
/// </summary>
internal sealed record ExportSourceInput(
    string ProgramId,
    RoundInfo Round,
    RoundPlan Plan,
    IReadOnlyList<RoundClusterStatus> Clusters,
    IReadOnlyDictionary<string, SubmissionData> Data,
    KpiRollupResult Rollup,
    IReadOnlyList<FormDefinition> ClusterFormVersions,
    IReadOnlyList<FormDefinition> RosterFormVersions,
    ReportScope Scope,
    ReportSourceOptions Options);
