namespace ClusterWorkflow.Domain.Workflow;

/// <summary>One fired transition, appended to <see cref="SubmissionWorkflow.Audit"/> and never changed.</summary>
public sealed record WorkflowAuditEntry
{
    /// <summary>Position in the trail, from 1.</summary>
    public int Sequence { get; init; }

    public string ActorId { get; init; } = "";

    /// <summary>All the roles the actor had when acting.</summary>
    public List<string> ActorRoles { get; init; } = [];

    /// <summary>The role that allowed the transition.</summary>
    public string ActedAs { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string Trigger { get; init; } = "";

    public string From { get; init; } = "";

    public string To { get; init; } = "";

    /// <summary>The revision of the submission the actor acted on.</summary>
    public long Revision { get; init; }

    public string? Comment { get; init; }

    /// <summary>The client's id for the request, so a retried request is recognised and counted once.</summary>
    public string? RequestId { get; init; }
}
