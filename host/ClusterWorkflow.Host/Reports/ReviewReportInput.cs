using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Reports;

/// <summary>What the review report of one submission is made from, read from the grains by <see cref="RoundReportSource"/>.</summary>
internal sealed record ReviewReportInput(
    string ProgramName,
    RoundPlan Plan,
    ClusterProfile Cluster,
    SubmissionView View,
    KpiClusterResult? Kpis,
    IReadOnlyList<ApprovedPeriod> History,
    ReportSourceOptions Options,
    DateTimeOffset Now);
