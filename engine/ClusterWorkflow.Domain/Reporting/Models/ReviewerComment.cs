namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A comment in the review trail (a return, an approval, a note).</summary>
public sealed record ReviewerComment
{
    public string Author { get; init; } = "";
    public string Role { get; init; } = "";

    /// <summary>What the person did: <c>returned</c>, <c>approved</c>, <c>commented</c>, …</summary>
    public string Action { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string Text { get; init; } = "";
}
