using System.Globalization;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Benchmarks.Forms;

/// <summary>The pilot roster's rules written directly in C#: the baseline of <see cref="RosterValidationBenchmark"/>.</summary>
internal static partial class HandWrittenRosterRules
{
    private static readonly HashSet<string> Statuses = ["active", "temporarily_closed", "closed", "not_traced"];
    private static readonly HashSet<string> Genders = ["female", "male", "other"];
    private static readonly HashSet<string> Categories = ["SC", "ST", "OBC", "general"];

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();

    public static int Validate(Dictionary<string, object?> data)
    {
        var problems = new List<string>();
        var days = DateTime.DaysInMonth(2026, 11);
        var rows = (List<object?>)data["roster"]!;
        var ids = new HashSet<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = (Dictionary<string, object?>)rows[i]!;
            var id = row["enterprise_id"] as string;
            if (id is null || !IdPattern().IsMatch(id)) { problems.Add($"{i}.enterprise_id"); }
            if (id is not null) { ids.Add(id); }
            var status = row["status"] as string;
            if (status is null || !Statuses.Contains(status)) { problems.Add($"{i}.status"); }
            if (row["owner_gender"] is not string g || !Genders.Contains(g)) { problems.Add($"{i}.owner_gender"); }
            if (row["social_category"] is not string c || !Categories.Contains(c)) { problems.Add($"{i}.social_category"); }
            if (status == "not_traced") { continue; }

            var ff = Int(row, "workers_family_female", problems, i, 0, 50);
            var fm = Int(row, "workers_family_male", problems, i, 0, 50);
            var hf = Int(row, "workers_hired_female", problems, i, 0, 50);
            var hm = Int(row, "workers_hired_male", problems, i, 0, 50);
            var workers = (ff ?? 0) + (fm ?? 0) + (hf ?? 0) + (hm ?? 0);
            var daysOperated = Int(row, "days_operated", problems, i, 0, double.MaxValue);
            var personDays = Int(row, "person_days", problems, i, 0, double.MaxValue);
            var revenue = Number(row, "revenue_total", problems, i);
            var viaCollective = Number(row, "revenue_via_collective", problems, i);
            var rawMaterial = Number(row, "raw_material_cost", problems, i);
            var rmCollective = Number(row, "rm_via_collective", problems, i);
            Number(row, "other_costs", problems, i);
            var wages = Number(row, "wages_paid", problems, i);
            var outstanding = Number(row, "loan_outstanding", problems, i);
            var overdue = Number(row, "loan_overdue", problems, i);
            var median = Number(row, "revenue_median_earlier", problems, i);

            if (status == "closed" && ((revenue ?? 0) != 0 || workers != 0)) { problems.Add($"{i}.status closed"); }
            if (status == "active" && workers < 1) { problems.Add($"{i}.status active"); }
            if (daysOperated > days) { problems.Add($"{i}.days_operated"); }
            if (personDays > workers * (daysOperated ?? 0)) { problems.Add($"{i}.person_days"); }
            if (median is not null && revenue > 5 * median) { problems.Add($"{i}.revenue_total warning"); }
            if (viaCollective > (revenue ?? 0)) { problems.Add($"{i}.revenue_via_collective"); }
            if (rmCollective > (rawMaterial ?? 0)) { problems.Add($"{i}.rm_via_collective"); }
            if (wages is > 0 && (hf ?? 0) + (hm ?? 0) == 0) { problems.Add($"{i}.wages_paid warning"); }
            if (overdue > (outstanding ?? 0)) { problems.Add($"{i}.loan_overdue"); }
            if (row["trained_this_fy"] is string t && t is not ("yes" or "no")) { problems.Add($"{i}.trained_this_fy"); }
        }
        if (ids.Count != rows.Count) { problems.Add("roster duplicate ids"); }
        return problems.Count;
    }

    private static double? Int(Dictionary<string, object?> row, string name, List<string> problems, int i, double min, double max)
    {
        var value = Number(row, name, problems, i);
        if (value is null) { problems.Add($"{i}.{name} required"); return null; }
        if (value % 1 != 0 || value < min || value > max) { problems.Add($"{i}.{name}"); }
        return value;
    }

    private static double? Number(Dictionary<string, object?> row, string name, List<string> problems, int i)
    {
        switch (row.GetValueOrDefault(name))
        {
            case null: return null;
            case int n: return n;
            case double d: return d;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): return parsed;
            default: problems.Add($"{i}.{name} type"); return null;
        }
    }
}
