namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>A monitoring round of a program for one period, e.g. <c>2026-11</c>.</summary>
[GenerateSerializer, Immutable, Alias("cw.round-info")]
public sealed record RoundInfo(
    string ProgramId,
    string Period,
    RoundStatus Status,
    DateOnly? DueDate,
    IReadOnlyList<string> ClusterIds,
    string? WorkflowId = null,
    int? WorkflowVersion = null,
    string? OpenedBy = null,
    DateTimeOffset? OpenedAt = null,
    string? ClosedBy = null,
    DateTimeOffset? ClosedAt = null);
