namespace ClusterWorkflow.Abstractions.Inbox;

/// <summary>Something waiting for a person: a task to fill, a submission to review, a notice.</summary>
[GenerateSerializer, Immutable, Alias("cw.inbox-item")]
public sealed record InboxItem(string Id, string Kind, string Title, string? SubmissionKey, DateTimeOffset CreatedAt, DateOnly? DueDate);
