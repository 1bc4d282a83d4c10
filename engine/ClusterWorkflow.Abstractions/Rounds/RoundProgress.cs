namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// Where a round stands: how many submissions are in each workflow state, overall and per
/// state/district, which are overdue (past the due date and not in a final state) and which are done.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.round-progress")]
public sealed record RoundProgress(
    int Expected,
    int Completed,
    IReadOnlyDictionary<string, int> ByWorkflowState,
    IReadOnlyList<RoundAreaProgress> ByArea,
    IReadOnlyList<string> OverdueClusterIds);
