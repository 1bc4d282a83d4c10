namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// The workflow side of one submission, owned and persisted by the caller (the submission grain):
/// where it stands, its revision, the comments and the append-only audit trail. Plain data that
/// round-trips through System.Text.Json.
/// </summary>
public sealed record SubmissionWorkflow
{
    public string DefinitionId { get; init; } = "";

    /// <summary>The definition version this submission runs on, kept even when the definition changes later.</summary>
    public int DefinitionVersion { get; init; }

    public string CurrentState { get; init; } = "";

    /// <summary>
    /// Goes up by one with every change: each fired transition here, and each data save the caller
    /// makes (<see cref="WithNewRevision"/>). A fire names the revision it was based on; a stale one is a conflict.
    /// </summary>
    public long Revision { get; init; }

    public List<WorkflowComment> Comments { get; init; } = [];

    public List<WorkflowAuditEntry> Audit { get; init; } = [];

    /// <summary>The record after a data change: same state, next revision.</summary>
    public SubmissionWorkflow WithNewRevision() => this with { Revision = Revision + 1 };
}
