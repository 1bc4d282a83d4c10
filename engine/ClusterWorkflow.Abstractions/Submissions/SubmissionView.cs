using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>
/// A submission as one person sees it: where it stands (<paramref name="Revision"/> is what the next
/// command must be based on), the latest data, the validation problems (warnings travel to the
/// reviewer), the KPI values, the comments, the audit trail, and what this person may do now.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.submission-view")]
public sealed record SubmissionView(
    string Key,
    string ClusterId,
    string Period,
    string State,
    string StateLabel,
    bool Final,
    long Revision,
    int DataRevision,
    DateOnly DueDate,
    bool Overdue,
    SubmissionData Data,
    IReadOnlyList<FieldProblem> Problems,
    KpiClusterResult? Kpis,
    IReadOnlyList<WorkflowComment> Comments,
    IReadOnlyList<WorkflowAuditEntry> Audit,
    IReadOnlyList<PermittedAction> PermittedActions);
