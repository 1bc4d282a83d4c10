using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Samples;

/// <summary>
/// Builds round summaries with invented but deterministic figures: the small sample that template
/// uploads are checked against, and rounds of any size for benchmarks and limit tests.
/// </summary>
public static class SampleRoundGenerator
{
    /// <summary>Workflow states of the sample plan, in display order.</summary>
    public static readonly string[] WorkflowStates = ["Not started", "Draft", "Returned", "District review", "State review", "Approved"];

    private static readonly string[] States =
        ["Uttar Pradesh", "Chhattisgarh", "Bihar", "Odisha", "Jharkhand", "Madhya Pradesh", "Rajasthan", "Assam", "Maharashtra", "Karnataka"];

    /// <summary>A round of <paramref name="clusters"/> clusters (20 per district, 10 districts per state) and <paramref name="kpis"/> KPI columns.</summary>
    public static RoundSummaryReport Large(int clusters, int kpis)
    {
        var list = Enumerable.Range(0, clusters).Select(i =>
        {
            var district = i / 20;
            return new SampleCluster(
                $"Cluster {i + 1:0000} (sample)",
                $"District {district + 1:000} (sample)",
                States[district / 10 % States.Length],
                WorkflowStates[(i * 7) % WorkflowStates.Length],
                i % 9 == 4);
        }).ToList();
        return Build("FY2026-27 Q3", new DateOnly(2027, 1, 15), list, Columns(kpis));
    }

    /// <summary>A round summary of the given clusters over the given catalogue KPIs.</summary>
    internal static RoundSummaryReport Build(string period, DateOnly dueDate, IReadOnlyList<SampleCluster> clusters, IReadOnlyList<SampleKpi> columns)
    {
        var rows = clusters.Select((c, i) => new KpiTableRow
        {
            Name = c.Name,
            Parent = c.District,
            WorkflowState = c.WorkflowState,
            Overdue = c.Overdue,
            Cells = columns.Select((k, j) => Cell(k, Value(k, i, j))).ToList(),
        }).ToList();

        var districts = clusters.Select(c => (c.District, c.State)).Distinct()
            .Select(d => Rollup(d.District, d.State, columns, rows.Where((_, i) => clusters[i].District == d.District).ToList()))
            .ToList();
        var states = clusters.Select(c => c.State).Distinct()
            .Select(s => Rollup(s, "", columns, rows.Where((_, i) => clusters[i].State == s).ToList()))
            .ToList();

        return new RoundSummaryReport
        {
            Program = "NRETP Cluster Development Program (sample data)",
            Period = period,
            DueDate = dueDate,
            GeneratedAt = new DateTimeOffset(2026, 12, 3, 10, 30, 0, TimeSpan.Zero),
            WorkflowStates = [.. WorkflowStates],
            Progress = clusters.GroupBy(c => c.State).Select(g => new StateProgress
            {
                State = g.Key,
                Counts = WorkflowStates.Select(w => g.Count(c => c.WorkflowState == w)).ToList(),
                Total = g.Count(),
                Approved = g.Count(c => c.WorkflowState == "Approved"),
                Overdue = g.Count(c => c.Overdue),
            }).ToList(),
            KpiColumns = columns.Select(k => k.Column).ToList(),
            Clusters = rows,
            Districts = districts,
            States = states,
            ProgramTotal = Rollup("All clusters", "", columns, rows),
            Movers = Movers(clusters, columns),
        };
    }

    /// <summary><paramref name="count"/> KPI columns from the catalogue, repeated with numbered ids past its end.</summary>
    internal static List<SampleKpi> Columns(int count)
    {
        var usable = SampleCatalogue.Kpis.Where(k => k.Value is not null).ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var k = usable[i % usable.Count];
            return i < usable.Count ? k : k with { Id = $"{k.Id}_{i}", Name = $"{k.Name} ({i / usable.Count + 1})" };
        }).ToList();
    }

    private static double? Value(SampleKpi kpi, int cluster, int column)
    {
        if (kpi.Value is not { } value || (cluster * 31 + column) % 97 == 13)
        {
            return null;
        }

        var factor = 0.6 + (((cluster * 37) + (column * 11)) % 80 / 100.0);
        return kpi.Unit == KpiUnits.Percent ? Math.Round(Math.Min(0.99, value * factor), 4) : Math.Round(value * factor);
    }

    private static double? Previous(double? value, int cluster, int column) =>
        value is { } v ? Math.Round(v * (1 - ((((cluster * 13) + (column * 7)) % 41) - 20) / 100.0), v < 10 ? 4 : 0) : null;

    private static KpiCell Cell(SampleKpi kpi, double? value)
    {
        if (value is not { } v || kpi.Value is not { } target)
        {
            return new KpiCell { Value = value, Status = RagStatus.None };
        }

        var ratio = kpi.Direction == KpiDirection.Up ? v / target : target / Math.Max(v, 1e-9);
        return new KpiCell { Value = v, Status = ratio >= 1 ? RagStatus.Green : ratio >= 0.8 ? RagStatus.Amber : RagStatus.Red };
    }

    private static KpiTableRow Rollup(string name, string parent, IReadOnlyList<SampleKpi> columns, IReadOnlyList<KpiTableRow> rows)
    {
        var enrolled = rows.Select(r => r.Cells.Count > 0 ? r.Cells[0].Value ?? 0 : 0).ToList();
        return new KpiTableRow
        {
            Name = name,
            Parent = parent,
            Clusters = rows.Count,
            Cells = columns.Select((k, j) =>
            {
                var present = rows.Select((r, i) => (Value: r.Cells[j].Value, Weight: enrolled[i])).Where(x => x.Value is not null).ToList();
                if (present.Count == 0)
                {
                    return new KpiCell();
                }

                // Percentages roll up weighted by enrolment, standing in for summed numerators and denominators.
                var weight = present.Sum(x => x.Weight);
                double value = k.Unit == KpiUnits.Percent
                    ? Math.Round(weight > 0 ? present.Sum(x => x.Value!.Value * x.Weight) / weight : present.Average(x => x.Value!.Value), 4)
                    : present.Sum(x => x.Value!.Value);
                var scaled = k.Unit == KpiUnits.Percent ? value : value / present.Count;
                return Cell(k, scaled) with { Value = value };
            }).ToList(),
        };
    }

    private static List<ClusterMover> Movers(IReadOnlyList<SampleCluster> clusters, IReadOnlyList<SampleKpi> columns)
    {
        var turnover = columns.Select((k, j) => (k, j)).FirstOrDefault(x => x.k.Id == "turnover");
        var column = turnover.k ?? columns[0];
        return clusters.Select((c, i) =>
            {
                var current = Value(column, i, turnover.j);
                return new ClusterMover
                {
                    Cluster = c.Name,
                    District = c.District,
                    Kpi = column.Name,
                    Unit = column.Unit,
                    Direction = column.Direction,
                    Current = current,
                    Previous = Previous(current, i, turnover.j),
                };
            })
            .Where(m => m.Change?.Relative is not null)
            .OrderByDescending(m => Math.Abs(m.Change!.Relative!.Value))
            .ThenBy(m => m.Cluster, StringComparer.Ordinal)
            .Take(5)
            .ToList();
    }
}
