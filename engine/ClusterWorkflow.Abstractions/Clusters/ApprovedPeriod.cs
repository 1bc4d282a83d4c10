using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Abstractions.Clusters;

/// <summary>
/// A cluster's approved data and KPI values for one period, published when the last review level
/// approves; later rounds read it as history (t−1, t−12).
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.approved-period")]
public sealed record ApprovedPeriod(
    string Period,
    SubmissionData Data,
    IReadOnlyDictionary<string, double?> Kpis,
    string SubmissionKey,
    long Revision,
    DateTimeOffset ApprovedAt);
