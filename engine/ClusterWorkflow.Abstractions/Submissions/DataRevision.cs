namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>
/// One saved version of a submission's data: its number (from 1), the workflow revision it created,
/// who saved it, when, and the client's request id (a retried save is recognised and counted once).
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.data-revision")]
public sealed record DataRevision(int Number, long WorkflowRevision, SubmissionData Data, string SavedBy, DateTimeOffset SavedAt, string RequestId);
