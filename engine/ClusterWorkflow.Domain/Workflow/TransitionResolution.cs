namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Which transition a fire takes and the role that allows it, or why it is refused.</summary>
internal sealed record TransitionResolution(IndexedTransition? Chosen, string? ActedAs, WorkflowRefusal? Refusal)
{
    public static TransitionResolution Refuse(WorkflowRefusalReason reason, string message) => new(null, null, new WorkflowRefusal(reason, message));
}
