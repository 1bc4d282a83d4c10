namespace ClusterWorkflow.Domain.Workflow;

/// <summary>A comment given with a transition, e.g. why a reviewer returned the submission.</summary>
public sealed record WorkflowComment
{
    public string ActorId { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string Trigger { get; init; } = "";

    /// <summary>The state the submission was in when the comment was made.</summary>
    public string State { get; init; } = "";

    /// <summary>The revision the comment is about.</summary>
    public long Revision { get; init; }

    public string Text { get; init; } = "";
}
