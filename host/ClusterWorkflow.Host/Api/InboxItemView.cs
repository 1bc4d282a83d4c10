namespace ClusterWorkflow.Host.Api;

/// <summary>An inbox item as the API shows it: the item, and the program, period and cluster of its submission with the submission's address.</summary>
public sealed record InboxItemView(
    string Id,
    string Kind,
    string Title,
    DateTimeOffset CreatedAt,
    DateOnly? DueDate,
    string? Comment,
    bool Done,
    string? ProgramId,
    string? Period,
    string? ClusterId,
    string? Submission);
