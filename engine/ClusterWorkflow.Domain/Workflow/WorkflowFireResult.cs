namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// The answer to a fire. Accepted: the new <see cref="Workflow"/> (already written through the
/// caller's mutator), its audit entry, and the entry <see cref="Actions"/> the caller must perform
/// in order. Refused: the unchanged workflow and the <see cref="Refusal"/>.
/// </summary>
public sealed record WorkflowFireResult
{
    public required SubmissionWorkflow Workflow { get; init; }

    public WorkflowRefusal? Refusal { get; init; }

    public WorkflowAuditEntry? Audit { get; init; }

    public List<WorkflowAction> Actions { get; init; } = [];

    /// <summary>True when the request id was already performed: nothing changed, nothing to do again.</summary>
    public bool Duplicate { get; init; }

    public bool Accepted => Refusal is null;

    public static WorkflowFireResult Refused(SubmissionWorkflow workflow, WorkflowRefusal refusal) =>
        new() { Workflow = workflow, Refusal = refusal };
}
