using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Ui.Workflows;

/// <summary>One row of the designer's transition table, editable in place.</summary>
public sealed class DraftTransition
{
    public Guid Key { get; } = Guid.NewGuid();

    public string Trigger { get; set; } = "";

    public string Label { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public string Guard { get; set; } = "";

    public string GuardMessage { get; set; } = "";

    public bool CommentRequired { get; set; }

    public static DraftTransition Of(WorkflowTransitionDefinition transition) => new()
    {
        Trigger = transition.Trigger,
        Label = transition.Label ?? "",
        From = transition.From,
        To = transition.To,
        Roles = [.. transition.Roles],
        Guard = transition.Guard ?? "",
        GuardMessage = transition.GuardMessage ?? "",
        CommentRequired = transition.CommentRequired,
    };

    /// <summary>An empty guard box means "no guard" (the definition's null), not an empty condition.</summary>
    public WorkflowTransitionDefinition ToDefinition() => new()
    {
        Trigger = Trigger.Trim(),
        Label = Blank(Label),
        From = From,
        To = To,
        Roles = [.. Roles],
        Guard = Blank(Guard),
        GuardMessage = Blank(GuardMessage),
        CommentRequired = CommentRequired,
    };

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
