namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// A transition: who (<see cref="Roles"/>) may fire <see cref="Trigger"/> in state <see cref="From"/>
/// to move the submission to <see cref="To"/>, under which condition (<see cref="Guard"/>).
/// </summary>
public sealed record WorkflowTransitionDefinition
{
    /// <summary>Identifier of the action, e.g. <c>submit</c>, <c>approve</c>, <c>return</c>.</summary>
    public string Trigger { get; init; } = "";

    /// <summary>Label of the button people press; the trigger when absent.</summary>
    public string? Label { get; init; }

    public string From { get; init; } = "";

    public string To { get; init; } = "";

    /// <summary>Roles allowed to fire it (see <see cref="WorkflowRoles"/>); the caller's scope check comes on top.</summary>
    public List<string> Roles { get; init; } = [];

    /// <summary>
    /// Optional JavaScript expression that must be true for the transition to fire. It sees the
    /// variables the caller supplies (e.g. <c>submission</c>, <c>validation</c>, <c>kpis</c>) and
    /// <c>workflow</c> (<c>state</c>, <c>trigger</c>, <c>revision</c>, <c>actor</c>, <c>comment</c>).
    /// </summary>
    public string? Guard { get; init; }

    /// <summary>What to tell the person when the guard is false; a generic message when absent.</summary>
    public string? GuardMessage { get; init; }

    /// <summary>When true the transition is refused without a comment (e.g. "return").</summary>
    public bool CommentRequired { get; init; }
}
