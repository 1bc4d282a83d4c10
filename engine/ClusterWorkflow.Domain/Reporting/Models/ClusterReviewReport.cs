namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>
/// What a reviewer reads before approving or returning a submission. Built by the domain from the
/// submission, its KPI values and history; never a grain's state object.
/// </summary>
public sealed record ClusterReviewReport
{
    public string Program { get; init; } = "";
    public ClusterInfo Cluster { get; init; } = new();

    /// <summary>Period label, e.g. <c>2026-11</c>.</summary>
    public string Period { get; init; } = "";

    /// <summary>Workflow state of the submission, e.g. <c>District review</c>.</summary>
    public string WorkflowState { get; init; } = "";
    public string SubmittedBy { get; init; } = "";
    public DateTimeOffset? SubmittedAt { get; init; }
    public string FormVersion { get; init; } = "";
    public DateTimeOffset GeneratedAt { get; init; }
    public List<KeyFigure> KeyFigures { get; init; } = [];
    public List<ValidationWarning> Warnings { get; init; } = [];
    public List<KpiResult> Kpis { get; init; } = [];
    public List<ReviewerComment> Comments { get; init; } = [];
}
