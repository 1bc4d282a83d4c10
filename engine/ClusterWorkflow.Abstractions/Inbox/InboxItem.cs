namespace ClusterWorkflow.Abstractions.Inbox;

/// <summary>
/// Something waiting for a person: a task to fill, a submission to review, a returned submission
/// with the reviewer's comment, an overdue notice. <paramref name="Id"/> is made by the sender so
/// that sending the same item twice keeps one.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.inbox-item")]
public sealed record InboxItem(
    string Id,
    string Kind,
    string Title,
    string? SubmissionKey,
    DateTimeOffset CreatedAt,
    DateOnly? DueDate,
    string? Comment = null,
    bool Done = false);
