namespace ClusterWorkflow.Domain.Workflow;

/// <summary>An action a person may take on a submission in its current state: a button in the UI.</summary>
public sealed record PermittedAction
{
    public string Trigger { get; init; } = "";

    public string Label { get; init; } = "";

    public bool CommentRequired { get; init; }

    /// <summary>True when a guard decides at fire time; the button may still be refused with the guard's message.</summary>
    public bool Guarded { get; init; }

    /// <summary>Where the submission may go.</summary>
    public List<string> Targets { get; init; } = [];
}
