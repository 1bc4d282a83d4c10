using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Load.Round;

namespace ClusterWorkflow.Load.Check;

/// <summary>
/// Holds the stored round against the ledger of what the API accepted: every accepted submission
/// stored once with the expected data revision and data, every accepted transition in the audit
/// exactly once and in order, the audit ending in the stored state, and the round's roll-ups equal
/// to a recomputation (<see cref="KpiRollup.Compute"/>) over the stored KPI values of the approved
/// clusters and the round-facts-only values of the others (<paramref name="unreported"/>), as the round computes them.
/// </summary>
public static class ConsistencyCheck
{
    private const double Tolerance = 1e-9;

    public static ConsistencyReport Run(
        RoundLedger ledger, IReadOnlyDictionary<string, ObservedSubmission> stored, KpiPack? pack, KpiRollupResult? storedRollup,
        IReadOnlyCollection<string> finalStates, IEnumerable<KpiClusterResult>? unreported = null)
    {
        var problems = new List<string>();
        var transitions = 0;
        foreach (var expected in ledger.Clusters.Values.OrderBy(c => c.ClusterId, StringComparer.Ordinal))
        {
            if (!stored.TryGetValue(expected.ClusterId, out var actual))
            {
                problems.Add($"{expected.ClusterId}: the API accepted commands for it but stores no submission.");
                continue;
            }
            transitions += expected.Transitions.Count;
            CheckData(expected, actual, problems);
            CheckAudit(ledger.InitialState, expected, actual, problems);
        }

        var rollupNodes = 0;
        if (pack is not null && storedRollup is not null)
        {
            var approved = stored.Values.Where(s => finalStates.Contains(s.State) && s.Kpis is not null).Select(s => s.Kpis!).ToList();
            var recomputed = KpiRollup.Compute(pack, approved.Concat(unreported ?? []), ledger.ProgramId);
            rollupNodes = CompareRollups(recomputed, storedRollup, problems);
        }
        return new ConsistencyReport(ledger.Clusters.Count, transitions, rollupNodes, pack is not null && storedRollup is not null, problems);
    }

    private static void CheckData(ClusterLedger expected, ObservedSubmission actual, List<string> problems)
    {
        if (expected.Saves.Count == 0) return;
        if (actual.DataRevision != expected.Saves.Count)
            problems.Add($"{expected.ClusterId}: {expected.Saves.Count} draft save(s) were accepted but the submission has data revision {actual.DataRevision}.");
        if (actual.RosterRows != expected.RosterRows || Math.Abs(actual.RosterSum - expected.RosterSum) > Tolerance * Math.Max(1, Math.Abs(expected.RosterSum)))
            problems.Add($"{expected.ClusterId}: the stored roster has {actual.RosterRows} rows summing {actual.RosterSum} in {DataFingerprint.Field}; the accepted save had {expected.RosterRows} rows summing {expected.RosterSum}.");
    }

    private static void CheckAudit(string initialState, ClusterLedger expected, ObservedSubmission actual, List<string> problems)
    {
        var id = expected.ClusterId;
        var audit = actual.Audit;
        var previous = initialState;
        for (var i = 0; i < audit.Count; i++)
        {
            var entry = audit[i];
            if (entry.Sequence != i + 1) problems.Add($"{id}: audit entry {i + 1} has sequence {entry.Sequence}.");
            if (entry.From != previous) problems.Add($"{id}: audit entry {entry.Sequence} ({entry.Trigger}) starts from {entry.From}, but the trail stood at {previous}.");
            previous = entry.To;
        }
        if (previous != actual.State) problems.Add($"{id}: the audit trail ends in {previous} but the submission is in {actual.State}.");

        foreach (var repeated in audit.Where(e => e.RequestId is not null).GroupBy(e => e.RequestId).Where(g => g.Count() > 1))
            problems.Add($"{id}: request {repeated.Key} was applied {repeated.Count()} times.");
        foreach (var transition in expected.Transitions)
        {
            var matches = audit.Count(e => e.RequestId == transition.RequestId);
            if (matches == 0) problems.Add($"{id}: the accepted transition {transition.Trigger} ({transition.From} → {transition.To}, request {transition.RequestId}) is not in the audit.");
        }
        if (audit.Count != expected.Transitions.Count)
            problems.Add($"{id}: {expected.Transitions.Count} transition(s) were accepted but the audit has {audit.Count}.");
        else if (!audit.Select(e => e.RequestId).SequenceEqual(expected.Transitions.Select(t => (string?)t.RequestId)))
            problems.Add($"{id}: the audit holds the accepted transitions in another order.");
        if (expected.State is { } state && state != actual.State)
            problems.Add($"{id}: the last accepted transition reached {state} but the submission is in {actual.State}.");
    }

    private static int CompareRollups(KpiRollupResult recomputed, KpiRollupResult stored, List<string> problems)
    {
        var compared = 0;
        foreach (var node in recomputed.Nodes)
        {
            var other = stored.Find(node.Level, node.Id);
            if (other is null)
            {
                problems.Add($"roll-up: the stored round has no {node.Level} node {node.Id}.");
                continue;
            }
            compared++;
            if (other.ClusterCount != node.ClusterCount)
                problems.Add($"roll-up {node.Level} {node.Id}: {other.ClusterCount} clusters stored, {node.ClusterCount} recomputed.");
            foreach (var (kpi, value) in node.Values)
            {
                var storedValue = other.Values.GetValueOrDefault(kpi)?.Value;
                if (!Same(value.Value, storedValue))
                    problems.Add($"roll-up {node.Level} {node.Id} {kpi}: stored {storedValue?.ToString() ?? "no value"}, recomputed {value.Value?.ToString() ?? "no value"}.");
            }
        }
        foreach (var extra in stored.Nodes.Where(n => recomputed.Find(n.Level, n.Id) is null))
            problems.Add($"roll-up: the stored round has a {extra.Level} node {extra.Id} that no approved cluster explains.");
        return compared;
    }

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= Tolerance * Math.Max(1, Math.Abs(a.Value));
}
