using System.Globalization;
using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// Whether a store that has the pilot already holds the pilot this demo generates: the same clusters,
/// and the same data in the first month of history. A store seeded with other sizes or another seed
/// would mix two pilots in one round, so the demo refuses it and says why.
/// </summary>
public static class StoreMatch
{
    /// <summary>Null when the store matches; otherwise what differs and how to go on.</summary>
    public static async Task<string?> ProblemAsync(IGrainFactory grains, PilotProgram program, IReadOnlyList<PilotClusterData> data)
    {
        var stored = await grains.GetGrain<IProgramGrain>(program.Id).GetAsync();
        var extra = stored?.ClusterIds.Except(program.Clusters.Select(c => c.Id), StringComparer.Ordinal).ToList() ?? [];
        if (extra.Count > 0)
            return $"the store's program {program.Id} has clusters this demo does not generate ({string.Join(", ", extra.Take(3))}{(extra.Count > 3 ? ", ..." : "")}): " +
                   "it was seeded with other sizes. Use a fresh --data-dir, or the --clusters-per-district and --enterprises it was seeded with";
        var first = data[0];
        var history = await grains.GetGrain<IClusterGrain>(first.Cluster.Id).GetHistoryAsync();
        if (history.FirstOrDefault(p => p.Period == program.FirstPeriod.Label) is not { } month) return null;
        var generated = first.Month(program.FirstPeriod)!.Rows;
        return month.Data.Roster.Count == generated.Count && Revenue(month.Data.Roster) == Revenue(generated)
            ? null
            : $"the store's history of {first.Cluster.Id} for {program.FirstPeriod.Label} is not what this demo generates: it was seeded with another --seed or other sizes. " +
              "Use a fresh --data-dir, or the --seed, --clusters-per-district and --enterprises it was seeded with";
    }

    private static double Revenue(IEnumerable<IReadOnlyDictionary<string, object?>> rows) =>
        rows.Sum(r => r.GetValueOrDefault("revenue_total") is { } v ? Convert.ToDouble(v is System.Text.Json.JsonElement j ? j.GetDouble() : v, CultureInfo.InvariantCulture) : 0);
}
