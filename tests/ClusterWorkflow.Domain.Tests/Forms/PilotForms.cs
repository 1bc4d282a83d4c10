using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Domain.Tests.Forms;

/// <summary>The pilot's forms as shipped under templates/forms/, and rows that pass them.</summary>
internal static class PilotForms
{
    public static FormDefinition Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "templates", "forms", fileName);
        var (form, problems) = FormDefinitionJson.Read(File.ReadAllText(path));
        Assert.Empty(problems);
        return form!;
    }

    public static FormDefinition Roster() => Load("enterprise-roster-monthly.json");

    public static FormDefinition Cluster() => Load("cluster-quarterly.json");

    /// <summary>An active enterprise: 1 woman owner-worker and 1 hired man, 20 days, INR 12,000 revenue.</summary>
    public static Dictionary<string, object?> ActiveRow(string id) => new()
    {
        ["enterprise_id"] = id, ["enterprise_name"] = "Zari unit (made up)", ["status"] = "active",
        ["owner_gender"] = "female", ["social_category"] = "OBC",
        ["workers_family_female"] = 1, ["workers_family_male"] = 0, ["workers_hired_female"] = 0, ["workers_hired_male"] = 1,
        ["days_operated"] = 20, ["person_days"] = 35,
        ["revenue_total"] = 12000, ["revenue_via_collective"] = 3000,
        ["raw_material_cost"] = 4000, ["rm_via_collective"] = 1000, ["other_costs"] = 500, ["wages_paid"] = 2500,
        ["loan_outstanding"] = 10000, ["loan_overdue"] = 0, ["trained_this_fy"] = "yes",
    };

    public static Dictionary<string, object?> Submission(params Dictionary<string, object?>[] rows) => new()
    {
        ["period"] = "2026-11",
        ["roster"] = rows.Cast<object?>().ToList(),
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(row) { [field] = value };
        return copy;
    }
}
