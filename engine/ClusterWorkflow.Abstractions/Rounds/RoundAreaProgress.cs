namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>Submissions per workflow state in one district of one state.</summary>
[GenerateSerializer, Immutable, Alias("cw.round-area-progress")]
public sealed record RoundAreaProgress(string State, string District, int Expected, int Completed, int Overdue, IReadOnlyDictionary<string, int> ByWorkflowState);
