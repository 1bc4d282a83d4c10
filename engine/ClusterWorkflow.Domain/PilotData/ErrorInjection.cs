namespace ClusterWorkflow.Domain.PilotData;

/// <summary>A roster copy with mistakes in it, and the list of exactly those mistakes (one per row).</summary>
public sealed record ErrorInjection
{
    /// <summary>A copy of every row; only the rows named in <see cref="Errors"/> differ from the input.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows { get; init; } = [];

    /// <summary>The mistakes, in row order.</summary>
    public IReadOnlyList<InjectedError> Errors { get; init; } = [];
}
