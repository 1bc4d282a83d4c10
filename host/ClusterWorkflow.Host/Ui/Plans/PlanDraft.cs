using System.Text.Json;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Ui.Plans;

/// <summary>
/// A monitoring plan being edited as a form: the definitions it names (a version, or 0 for "the
/// latest when a round opens"), the clusters ("all" or chosen), the reviewers per district and state
/// as comma-separated user ids, the due rule; and the version the editor started from.
/// </summary>
public sealed class PlanDraft
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>"" (both), "monthly" or "quarterly".</summary>
    public string PeriodKind { get; set; } = "monthly";

    public string WorkflowId { get; set; } = "";
    public int WorkflowVersion { get; set; }
    public string ClusterFormId { get; set; } = "";
    public int ClusterFormVersion { get; set; }
    public string RosterFormId { get; set; } = "";
    public int RosterFormVersion { get; set; }
    public string KpiPackId { get; set; } = "";

    public bool AllClusters { get; set; } = true;
    public List<string> ClusterIds { get; set; } = [];

    /// <summary>District id → reviewers' user ids, comma separated as typed.</summary>
    public Dictionary<string, string> DistrictReviewers { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> StateReviewers { get; init; } = new(StringComparer.Ordinal);

    public int DueDaysAfterPeriodEnd { get; set; } = 10;

    public int BasedOnVersion { get; set; }

    public static PlanDraft From(MonitoringPlan plan, int storedVersion)
    {
        var clusters = MonitoringPlanJson.ClusterIds(plan);
        var draft = new PlanDraft
        {
            Id = plan.Id,
            Name = plan.Name ?? "",
            Description = plan.Description ?? "",
            PeriodKind = plan.PeriodKind ?? "",
            WorkflowId = plan.Workflow?.Id ?? "",
            WorkflowVersion = plan.Workflow?.Version ?? 0,
            ClusterFormId = plan.ClusterForm?.Id ?? "",
            ClusterFormVersion = plan.ClusterForm?.Version ?? 0,
            RosterFormId = plan.RosterForm?.Id ?? "",
            RosterFormVersion = plan.RosterForm?.Version ?? 0,
            KpiPackId = plan.KpiPack?.Id ?? "",
            AllClusters = clusters is null,
            ClusterIds = clusters?.ToList() ?? [],
            DueDaysAfterPeriodEnd = plan.Due?.DaysAfterPeriodEnd ?? 0,
            BasedOnVersion = storedVersion,
        };
        foreach (var (district, users) in plan.Reviewers?.Districts ?? []) draft.DistrictReviewers[district] = string.Join(", ", users);
        foreach (var (state, users) in plan.Reviewers?.States ?? []) draft.StateReviewers[state] = string.Join(", ", users);
        return draft;
    }

    public MonitoringPlan ToPlan() => new()
    {
        Id = Id.Trim(),
        Name = Blank(Name),
        Description = Blank(Description),
        PeriodKind = Blank(PeriodKind),
        Workflow = Reference(WorkflowId, WorkflowVersion),
        ClusterForm = Reference(ClusterFormId, ClusterFormVersion),
        RosterForm = Reference(RosterFormId, RosterFormVersion),
        KpiPack = Reference(KpiPackId, 0),
        Clusters = AllClusters
            ? JsonSerializer.SerializeToElement(MonitoringPlanJson.AllClusters)
            : JsonSerializer.SerializeToElement(ClusterIds),
        Reviewers = new PlanReviewers { Districts = Users(DistrictReviewers), States = Users(StateReviewers) },
        Due = new PlanDueRule { DaysAfterPeriodEnd = DueDaysAfterPeriodEnd },
    };

    private static PlanReference? Reference(string id, int version) =>
        string.IsNullOrWhiteSpace(id) ? null : new PlanReference { Id = id.Trim(), Version = version == 0 ? null : version };

    // An area nobody reviews is left out rather than stored with an empty list.
    private static Dictionary<string, List<string>> Users(Dictionary<string, string> typed) => typed
        .Select(area => (area.Key, Users: area.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()))
        .Where(area => area.Users.Count > 0)
        .ToDictionary(area => area.Key, area => area.Users, StringComparer.Ordinal);

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
