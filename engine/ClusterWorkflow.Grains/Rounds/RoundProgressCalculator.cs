using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Grains.Rounds;

/// <summary>Counts a round's submissions per workflow state, overall and per state/district; overdue means past the due date and not final.</summary>
internal static class RoundProgressCalculator
{
    public static RoundProgress Compute(RoundState state, DateOnly today)
    {
        var entries = state.Clusters.Values.ToList();
        bool Overdue(RoundClusterEntry e) => !e.Final && state.DueDate is { } due && today > due;
        var areas = entries
            .GroupBy(e => (e.Profile.State, e.Profile.District))
            .OrderBy(g => g.Key.State, StringComparer.Ordinal).ThenBy(g => g.Key.District, StringComparer.Ordinal)
            .Select(g => new RoundAreaProgress(g.Key.State, g.Key.District, g.Count(), g.Count(e => e.Final), g.Count(Overdue), Count(g)))
            .ToList();
        var overdue = entries.Where(Overdue).Select(e => e.Profile.Id).Order(StringComparer.Ordinal).ToList();
        return new RoundProgress(entries.Count, entries.Count(e => e.Final), Count(entries), areas, overdue);
    }

    private static Dictionary<string, int> Count(IEnumerable<RoundClusterEntry> entries) =>
        entries.GroupBy(e => e.WorkflowState).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
