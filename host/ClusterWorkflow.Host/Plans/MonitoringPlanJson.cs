using System.Text.Json;
using System.Text.Json.Serialization;
using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Host.Plans;

/// <summary>
/// Reads a monitoring plan (comments and trailing commas allowed, unknown properties refused so a
/// typo never drops a rule) and checks its shape, every problem in one pass with its JSON path.
/// Whether the named definitions and clusters exist is <see cref="PlanResolver"/>'s check.
/// </summary>
public static class MonitoringPlanJson
{
    public const string AllClusters = "all";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static (MonitoringPlan? Plan, List<Problem> Problems) Read(string json)
    {
        MonitoringPlan? plan;
        try
        {
            plan = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<MonitoringPlan>(json, Options);
        }
        catch (JsonException ex)
        {
            var place = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
            var reason = ex.Message.Split(" Path:", 2)[0].Trim();
            return (null, [new Problem("plan-json", $"The plan cannot be read{place}: {reason} See templates/plans/README.md for the format.", ex.Path ?? "$")]);
        }
        if (plan is null)
        {
            return (null, [new Problem("plan-json", "The plan is empty; send a JSON object with id, workflow, clusterForm, clusters, reviewers and due.", "$")]);
        }
        return (plan, Check(plan));
    }

    public static string Write(MonitoringPlan plan) => JsonSerializer.Serialize(plan, Options);

    /// <summary>The cluster ids the plan lists, or null when it covers every cluster of the program.</summary>
    public static IReadOnlyList<string>? ClusterIds(MonitoringPlan plan) =>
        plan.Clusters.ValueKind == JsonValueKind.Array ? plan.Clusters.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : null;

    private static List<Problem> Check(MonitoringPlan plan)
    {
        var problems = new List<Problem>();
        Add(problems, Identifier.Check(plan.Id, "$.id"));
        if (plan.PeriodKind is not (null or "monthly" or "quarterly"))
        {
            problems.Add(new Problem("plan-period-kind", $"periodKind '{plan.PeriodKind}' is not known: write \"monthly\" or \"quarterly\", or leave it out to allow both.", "$.periodKind"));
        }
        CheckReference(problems, plan.Workflow, "workflow", required: true);
        CheckReference(problems, plan.ClusterForm, "clusterForm", required: true);
        CheckReference(problems, plan.RosterForm, "rosterForm", required: false);
        CheckReference(problems, plan.KpiPack, "kpiPack", required: false);
        CheckClusters(problems, plan.Clusters);
        CheckReviewers(problems, plan.Reviewers?.Districts, "districts");
        CheckReviewers(problems, plan.Reviewers?.States, "states");
        if (plan.Due is { DaysAfterPeriodEnd: < 0 or > 366 } due)
        {
            problems.Add(new Problem("plan-due", $"due.daysAfterPeriodEnd is {due.DaysAfterPeriodEnd}; give 0 (the period's last day) to 366 days.", "$.due.daysAfterPeriodEnd"));
        }
        return problems;
    }

    private static void CheckReference(List<Problem> problems, PlanReference? reference, string name, bool required)
    {
        if (reference is null)
        {
            if (required)
            {
                problems.Add(new Problem("plan-required", $"The plan names no {name}; add \"{name}\": {{ \"id\": \"...\" }} (with \"version\" to pin one, or without for the latest).", $"$.{name}"));
            }
            return;
        }
        Add(problems, Identifier.Check(reference.Id, $"$.{name}.id"));
        if (reference.Version is < 1)
        {
            problems.Add(new Problem("plan-version", $"{name}.version is {reference.Version}; versions count from 1 (leave it out for the latest).", $"$.{name}.version"));
        }
    }

    private static void CheckClusters(List<Problem> problems, JsonElement clusters)
    {
        if (clusters.ValueKind == JsonValueKind.String && clusters.GetString() == AllClusters)
        {
            return;
        }
        if (clusters.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new Problem("plan-clusters", "clusters must be \"all\" (every cluster of the program) or a list of cluster ids.", "$.clusters"));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in clusters.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            Add(problems, Identifier.Check(id, $"$.clusters[{index}]"));
            if (id is not null && !seen.Add(id))
            {
                problems.Add(new Problem("plan-duplicate-cluster", $"Cluster '{id}' is listed twice; list it once.", $"$.clusters[{index}]"));
            }
            index++;
        }
        if (index == 0)
        {
            problems.Add(new Problem("plan-clusters", "The list of clusters is empty; list cluster ids or write \"all\".", "$.clusters"));
        }
    }

    private static void CheckReviewers(List<Problem> problems, Dictionary<string, List<string>>? areas, string level)
    {
        foreach (var (area, users) in areas ?? [])
        {
            if (string.IsNullOrWhiteSpace(area))
            {
                problems.Add(new Problem("plan-reviewers", $"reviewers.{level} has an empty {level[..^1]} id.", $"$.reviewers.{level}"));
            }
            for (var i = 0; i < users.Count; i++)
            {
                Add(problems, Identifier.Check(users[i], $"$.reviewers.{level}.{area}[{i}]"));
            }
        }
    }

    private static void Add(List<Problem> problems, Problem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}
