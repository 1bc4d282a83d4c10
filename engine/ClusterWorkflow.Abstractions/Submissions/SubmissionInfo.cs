namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>One cluster's submission in one round: its workflow state and revision.</summary>
[GenerateSerializer, Immutable, Alias("cw.submission-info")]
public sealed record SubmissionInfo(string RoundKey, string ClusterId, string State, long Revision, bool Final = false);
