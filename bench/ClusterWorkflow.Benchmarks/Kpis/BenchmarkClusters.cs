using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Benchmarks.Kpis;

/// <summary>
/// Deterministic clusters for the KPI benchmark: each cluster from its own seeded Random, with the
/// current month and twelve months of history (what survival, growth and lakhpati read), so any
/// cluster can be generated alone, on any thread, without holding a million rows in memory.
/// </summary>
internal sealed class BenchmarkClusters(int clusters, int enterprises, int seed = 20261203) : IReadOnlyList<KpiClusterInput>
{
    private static readonly string[] Statuses = ["active", "active", "active", "active", "active", "active", "active", "active", "active", "temporarily_closed", "closed", "not_traced"];
    private static readonly string[] Categories = ["SC", "ST", "OBC", "OBC", "general"];
    private static readonly string[] Blocks = ["Ujhani", "Sahaswan", "Bisauli", "Dataganj", "Islamnagar", "Wazirganj"];

    private long _generationTicks;

    public int Count => clusters;

    /// <summary>Stopwatch ticks all threads spent generating data (not evaluating it).</summary>
    public TimeSpan GenerationTime => TimeSpan.FromTicks(Interlocked.Read(ref _generationTicks) * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency);

    public KpiClusterInput this[int index]
    {
        get
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var input = Generate(index);
            Interlocked.Add(ref _generationTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
            return input;
        }
    }

    public IEnumerator<KpiClusterInput> GetEnumerator()
    {
        for (var i = 0; i < clusters; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private KpiClusterInput Generate(int index)
    {
        var history = new Dictionary<int, KpiHistoryPeriod>();
        for (var lag = 1; lag <= 12; lag++)
        {
            history[lag] = new KpiHistoryPeriod { Period = $"t-{lag}", Roster = Roster(index, lag) };
        }
        var random = new Random(seed + index);
        var state = index % 2 == 0 ? "UP" : "CG";
        return new KpiClusterInput
        {
            ClusterId = $"cluster-{index:D4}",
            Geography = new KpiGeography { State = state, District = state == "UP" ? "Budaun" : "Dhamtari", Block = Blocks[index / 2 % Blocks.Length] },
            Period = "2026-11",
            Cluster = new Dictionary<string, object?>
            {
                ["pc_members"] = (long)random.Next(100, 500),
                ["cfc_hours_available"] = 400L,
                ["cfc_hours_used"] = (long)random.Next(50, 400),
            },
            Roster = Roster(index, 0),
            History = history,
            Round = new KpiRoundFacts { DueDate = new DateOnly(2026, 12, 10), ApprovedOn = new DateOnly(2026, 12, 8 + (index % 4)) },
        };
    }

    /// <summary>The roster <paramref name="lag"/> months back; a few enterprises joined late, so not every id is in every month.</summary>
    private List<Dictionary<string, object?>> Roster(int cluster, int lag)
    {
        var random = new Random(seed + (cluster * 10_007) + (lag * 1_000_003));
        var rows = new List<Dictionary<string, object?>>(enterprises);
        for (var e = 0; e < enterprises; e++)
        {
            var joinedMonthsAgo = e % 25 == 0 ? e % 13 : 13;
            if (lag > joinedMonthsAgo)
            {
                continue;
            }
            var status = Statuses[random.Next(Statuses.Length)];
            var open = status is "active" or "temporarily_closed";
            var familyFemale = open ? random.Next(0, 3) : 0;
            var hired = open && random.Next(4) == 0;
            var revenue = open ? (long)random.Next(3_000, 40_000) : 0;
            var rawMaterial = revenue * random.Next(20, 50) / 100;
            var outstanding = random.Next(3) == 0 ? (long)random.Next(5_000, 50_000) : 0;
            rows.Add(new Dictionary<string, object?>(20)
            {
                ["enterprise_id"] = $"E{cluster:D4}-{e:D3}",
                ["status"] = status,
                ["owner_gender"] = random.Next(4) == 0 ? "male" : "female",
                ["social_category"] = Categories[random.Next(Categories.Length)],
                ["workers_family_female"] = (long)familyFemale,
                ["workers_family_male"] = open ? (long)random.Next(0, 2) : 0L,
                ["workers_hired_female"] = hired ? (long)random.Next(0, 3) : 0L,
                ["workers_hired_male"] = hired ? (long)random.Next(0, 3) : 0L,
                ["days_operated"] = open ? (long)random.Next(10, 27) : 0L,
                ["person_days"] = open ? (long)random.Next(10, 80) : 0L,
                ["revenue_total"] = revenue,
                ["revenue_via_collective"] = revenue * random.Next(0, 40) / 100,
                ["raw_material_cost"] = rawMaterial,
                ["rm_via_collective"] = rawMaterial * random.Next(0, 60) / 100,
                ["other_costs"] = revenue / 10,
                ["wages_paid"] = hired ? (long)random.Next(1_000, 6_000) : 0L,
                ["loan_outstanding"] = outstanding,
                ["loan_overdue"] = outstanding * random.Next(0, 30) / 100,
                ["trained_this_fy"] = random.Next(3) == 0,
            });
        }
        return rows;
    }
}
