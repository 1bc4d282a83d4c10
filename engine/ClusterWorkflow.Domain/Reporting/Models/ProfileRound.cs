namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>One round in a cluster's history.</summary>
public sealed record ProfileRound
{
    /// <summary>Period label, e.g. <c>2026-11</c>.</summary>
    public string Period { get; init; } = "";
    public string WorkflowState { get; init; } = "";
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>How often the submission was returned before approval.</summary>
    public int Returns { get; init; }
}
