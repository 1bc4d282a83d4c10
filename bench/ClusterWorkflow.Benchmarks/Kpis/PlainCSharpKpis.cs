using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Benchmarks.Kpis;

/// <summary>
/// The baseline: the pilot pack's 25 KPIs hand-written in C# over the same rows (dictionaries of
/// boxed values, as the formulas get them), so the benchmark prices the sandbox and nothing else.
/// </summary>
internal static class PlainCSharpKpis
{
    private const double MinMonths = 6;
    private const double LakhpatiIncome = 10_000;

    public static Dictionary<string, double?> Compute(KpiClusterInput input)
    {
        var roster = input.Roster;
        var active = roster.Where(IsActive).ToList();
        double enrolled = roster.Count;
        var employment = Sum(roster, "workers_family_female") + Sum(roster, "workers_family_male") + Sum(roster, "workers_hired_female") + Sum(roster, "workers_hired_male");
        var personDays = Sum(roster, "person_days");
        var turnover = Sum(roster, "revenue_total");
        var gva = turnover - Sum(roster, "raw_material_cost") - Sum(roster, "other_costs");
        var previous = input.History.GetValueOrDefault(1)?.Roster;
        var yearAgo = input.History.GetValueOrDefault(12)?.Roster;
        var cluster = input.Cluster;

        return new Dictionary<string, double?>
        {
            ["enrolled"] = enrolled,
            ["active_rate"] = Ratio(active.Count, enrolled, 100),
            ["survival_12m"] = yearAgo is null ? null : Survival(roster, yearAgo),
            ["new_enterprises"] = previous is null ? null : NewEnterprises(roster, previous),
            ["closures"] = previous is null ? null : Closures(roster, previous),
            ["employment"] = employment,
            ["person_days"] = personDays,
            ["women_worker_share"] = Ratio(Sum(roster, "workers_family_female") + Sum(roster, "workers_hired_female"), employment, 100),
            ["women_owned_share"] = Ratio(active.Count(r => Text(r, "owner_gender") == "female"), active.Count, 100),
            ["sc_st_share"] = Ratio(active.Count(r => Text(r, "social_category") is "SC" or "ST"), active.Count, 100),
            ["turnover"] = turnover,
            ["turnover_growth_yoy"] = yearAgo is null ? null : Growth(roster, yearAgo),
            ["median_revenue"] = Median(active.Select(r => Number(r, "revenue_total")).OfType<double>().ToList()),
            ["net_income_per_enterprise"] = Ratio(active.Sum(NetIncome), active.Count, 1),
            ["gross_output"] = turnover,
            ["gva"] = gva,
            ["labour_productivity"] = Ratio(gva, personDays, 1),
            ["forward_linkage_share"] = Ratio(Sum(roster, "revenue_via_collective"), turnover, 100),
            ["backward_linkage_share"] = Ratio(Sum(roster, "rm_via_collective"), Sum(roster, "raw_material_cost"), 100),
            ["credit_overdue_share"] = Ratio(Sum(roster, "loan_overdue"), Sum(roster, "loan_outstanding"), 100),
            ["cfc_utilisation"] = Number(cluster, "cfc_hours_available") is { } available && Number(cluster, "cfc_hours_used") is { } used ? Ratio(used, available, 100) : null,
            ["pc_membership"] = Number(cluster, "pc_members") is { } members ? Ratio(members, enrolled, 100) : null,
            ["trained_share"] = Ratio(roster.Count(r => r.GetValueOrDefault("trained_this_fy") is true or "yes"), enrolled, 100),
            ["lakhpati_share"] = Lakhpati(input, active),
            ["reporting_completeness"] = Ratio(input.Round.ApprovedOnTime ? 1 : 0, input.Round.Expected ? 1 : 0, 100),
        };
    }

    private static double? Survival(List<Dictionary<string, object?>> roster, List<Dictionary<string, object?>> yearAgo)
    {
        var now = Index(roster);
        var activeThen = yearAgo.Where(IsActive).ToList();
        return Ratio(activeThen.Count(r => now.TryGetValue(Text(r, "enterprise_id")!, out var c) && IsActive(c)), activeThen.Count, 100);
    }

    private static double NewEnterprises(List<Dictionary<string, object?>> roster, List<Dictionary<string, object?>> previous)
    {
        var before = Index(previous);
        return roster.Count(r => IsActive(r) && !before.ContainsKey(Text(r, "enterprise_id")!));
    }

    private static double Closures(List<Dictionary<string, object?>> roster, List<Dictionary<string, object?>> previous)
    {
        var before = Index(previous);
        return roster.Count(r => Text(r, "status") == "closed" && before.TryGetValue(Text(r, "enterprise_id")!, out var b) && IsActive(b));
    }

    private static double? Growth(List<Dictionary<string, object?>> roster, List<Dictionary<string, object?>> yearAgo)
    {
        var before = Index(yearAgo);
        double now = 0, then = 0;
        foreach (var row in roster)
        {
            if (before.TryGetValue(Text(row, "enterprise_id")!, out var old))
            {
                now += Number(row, "revenue_total") ?? 0;
                then += Number(old, "revenue_total") ?? 0;
            }
        }
        return Ratio(now - then, then, 100);
    }

    private static double? Lakhpati(KpiClusterInput input, List<Dictionary<string, object?>> active)
    {
        var totals = new Dictionary<string, (double Income, int Months)>();
        void Add(List<Dictionary<string, object?>> rows)
        {
            foreach (var row in rows)
            {
                var id = Text(row, "enterprise_id")!;
                var (income, months) = totals.GetValueOrDefault(id);
                totals[id] = (income + NetIncome(row), months + 1);
            }
        }
        Add(input.Roster);
        var periods = 1;
        for (var lag = 1; lag <= 11; lag++)
        {
            if (input.History.GetValueOrDefault(lag)?.Roster is { } rows)
            {
                Add(rows);
                periods++;
            }
        }
        if (periods < MinMonths)
        {
            return null;
        }
        return Ratio(active.Count(r => totals[Text(r, "enterprise_id")!] is var t && t.Income / t.Months >= LakhpatiIncome), active.Count, 100);
    }

    private static Dictionary<string, Dictionary<string, object?>> Index(List<Dictionary<string, object?>> rows)
    {
        var index = new Dictionary<string, Dictionary<string, object?>>(rows.Count);
        foreach (var row in rows)
        {
            index[Text(row, "enterprise_id")!] = row;
        }
        return index;
    }

    private static double NetIncome(Dictionary<string, object?> r) =>
        (Number(r, "revenue_total") ?? 0) - (Number(r, "raw_material_cost") ?? 0) - (Number(r, "other_costs") ?? 0) - (Number(r, "wages_paid") ?? 0);

    private static bool IsActive(Dictionary<string, object?> row) => Text(row, "status") == "active";

    private static string? Text(Dictionary<string, object?> row, string field) => row.GetValueOrDefault(field) as string;

    private static double? Number(Dictionary<string, object?> row, string field) => row.GetValueOrDefault(field) switch
    {
        long l => l,
        int i => i,
        double d => d,
        _ => null,
    };

    private static double Sum(List<Dictionary<string, object?>> rows, string field)
    {
        double total = 0;
        foreach (var row in rows)
        {
            total += Number(row, field) ?? 0;
        }
        return total;
    }

    private static double? Ratio(double numerator, double denominator, double factor) => denominator == 0 ? null : numerator / denominator * factor;

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
