using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Grains.Rounds;

/// <summary>Counts a round's submissions per workflow state, overall and per state/district; overdue means past the due date and not final.</summary>
internal static class RoundProgressCalculator
{
    public static RoundProgress Compute(RoundState state, DateOnly today)
    {
        var entries = state.Clusters.Values.ToList();
        bool Overdue(RoundClusterEntry e) => IsOverdue(state, e, today);
        var areas = entries
            .GroupBy(e => (e.Profile.State, e.Profile.District))
            .OrderBy(g => g.Key.State, StringComparer.Ordinal).ThenBy(g => g.Key.District, StringComparer.Ordinal)
            .Select(g => new RoundAreaProgress(g.Key.State, g.Key.District, g.Count(), g.Count(e => e.Final), g.Count(Overdue), Count(g)))
            .ToList();
        var overdue = entries.Where(Overdue).Select(e => e.Profile.Id).Order(StringComparer.Ordinal).ToList();
        return new RoundProgress(entries.Count, entries.Count(e => e.Final), Count(entries), areas, overdue);
    }

    /// <summary>Each cluster in plan order, with the same overdue rule as <see cref="Compute"/>.</summary>
    public static List<RoundClusterStatus> Statuses(RoundState state, DateOnly today) => state.ClusterIds
        .Where(state.Clusters.ContainsKey)
        .Select(id => state.Clusters[id])
        .Select(e => new RoundClusterStatus(e.Profile, e.WorkflowState, e.Final, IsOverdue(state, e, today), e.LastChange, e.Kpis))
        .ToList();

    private static bool IsOverdue(RoundState state, RoundClusterEntry entry, DateOnly today) =>
        !entry.Final && state.DueDate is { } due && today > due;

    private static Dictionary<string, int> Count(IEnumerable<RoundClusterEntry> entries) =>
        entries.GroupBy(e => e.WorkflowState).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
