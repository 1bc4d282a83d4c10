using System.Globalization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// The built-in sample cluster of the dry run, generated from the fields the pack declares in
/// <c>inputs</c> (so any pack can be tried, not only the pilot's): deterministic values, the same
/// enterprise ids in every period so that joins across history work, and either no history (a
/// first round) or every period back to <see cref="KpiOptions.MaxHistoryLag"/>.
/// </summary>
internal static class KpiSampleCluster
{
    public static KpiClusterInput Create(KpiPack pack, int rows, int historyLags)
    {
        var history = new Dictionary<int, KpiHistoryPeriod>();
        for (var lag = 1; lag <= historyLags; lag++)
        {
            history[lag] = new KpiHistoryPeriod
            {
                Period = $"sample t-{lag}",
                Cluster = Record(pack.Inputs.Cluster, row: 0, seed: lag),
                Roster = Roster(pack, rows, seed: lag),
                Kpis = pack.Kpis.ToDictionary(k => k.Id, k => (double?)(10 + lag), StringComparer.Ordinal),
            };
        }
        return new KpiClusterInput
        {
            ClusterId = "sample-cluster",
            Geography = new KpiGeography { State = "sample-state", District = "sample-district", Block = "sample-block" },
            Period = "sample t",
            Cluster = Record(pack.Inputs.Cluster, row: 0, seed: 0),
            Roster = Roster(pack, rows, seed: 0),
            History = history,
            Round = new KpiRoundFacts { DueDate = new DateOnly(2026, 12, 10), ApprovedOn = new DateOnly(2026, 12, 8) },
        };
    }

    private static List<Dictionary<string, object?>> Roster(KpiPack pack, int rows, int seed) =>
        Enumerable.Range(0, rows).Select(row => Record(pack.Inputs.Roster, row, seed)).ToList();

    private static Dictionary<string, object?> Record(List<KpiInputField> fields, int row, int seed)
    {
        var random = new Random(unchecked((seed * 100_003) + (row * 31) + 17));
        return fields.ToDictionary(f => f.Id, f => Value(f, row, random), StringComparer.Ordinal);
    }

    private static object? Value(KpiInputField field, int row, Random random) => field.Type switch
    {
        KpiInputType.Number => (double)random.Next(0, 1000),
        KpiInputType.Choice => field.Options.Count == 0 ? null : field.Options[(row + random.Next(0, 2)) % field.Options.Count],
        KpiInputType.YesNo => random.Next(0, 2) == 0 ? "yes" : "no",
        KpiInputType.Date => new DateOnly(2026, 4, 1).AddDays(row % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => $"{field.Id}-{row + 1}",
    };
}
