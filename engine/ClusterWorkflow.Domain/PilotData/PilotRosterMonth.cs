using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// A cluster's enterprise roster for one month: one row per enterprise, keyed by
/// <see cref="RosterFields"/> names, in enterprise-id order.
/// </summary>
public sealed record PilotRosterMonth
{
    public string ClusterId { get; init; } = "";

    public Period Period { get; init; } = Period.Month(2026, 11);

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows { get; init; } = [];
}
