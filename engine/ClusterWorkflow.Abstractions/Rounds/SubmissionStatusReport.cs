using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// What a submission tells its round after every change: its workflow state and revision (older
/// revisions arriving late are ignored), whether the state is final, and the KPI values once approved.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.submission-status-report")]
public sealed record SubmissionStatusReport(string ClusterId, string WorkflowState, bool Final, long Revision, DateTimeOffset At, KpiClusterResult? Kpis);
