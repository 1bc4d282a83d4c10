using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// What a cluster profile is made from: the cluster, its approved periods, the KPI pack of its latest
/// approved round (names, units, targets) and how often each period's submission was returned.
/// </summary>
internal sealed record ProfileReportInput(
    string ProgramName,
    ClusterProfile Cluster,
    IReadOnlyList<ApprovedPeriod> History,
    KpiPack? Pack,
    IReadOnlyDictionary<string, int> ReturnsByPeriod,
    ReportSourceOptions Options,
    DateTimeOffset Now);
