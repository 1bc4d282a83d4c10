using System.Text.Json;
using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Host.Kpis;

namespace ClusterWorkflow.Host.Plans;

/// <summary>
/// Turns a monitoring plan into the snapshot a round runs on: every named definition read from the
/// program's definition grains at its pinned version (or the latest), the clusters from the program,
/// the reviewers, the due date. Every missing piece is a problem with the plan's JSON path.
/// </summary>
public static class PlanResolver
{
    /// <summary>The round plan for <paramref name="period"/>; <paramref name="dueDate"/> overrides the plan's due rule.</summary>
    public static async Task<(RoundPlan? Plan, List<Problem> Problems)> ResolveAsync(
        IGrainFactory grains, KpiPackRegistry packs, string programId, MonitoringPlan plan, Period period, DateOnly? dueDate)
    {
        var problems = new List<Problem>();
        var expectedKind = period.Kind == PeriodKind.Monthly ? "monthly" : "quarterly";
        if (plan.PeriodKind is { } kind && kind != expectedKind)
        {
            problems.Add(new Problem("plan-period-kind", $"Plan '{plan.Id}' is for {kind} rounds; '{period.Label}' is {expectedKind}.", "period"));
        }
        var workflow = await DefinitionAsync(grains, programId, DefinitionKind.Workflow, plan.Workflow, "workflow", problems);
        var clusterForm = await DefinitionAsync(grains, programId, DefinitionKind.Form, plan.ClusterForm, "clusterForm", problems);
        var rosterForm = await DefinitionAsync(grains, programId, DefinitionKind.Form, plan.RosterForm, "rosterForm", problems);
        var pack = await PackAsync(grains, packs, programId, plan.KpiPack, problems);
        var clusters = await ClustersAsync(grains, programId, plan, problems);
        var due = dueDate ?? (plan.Due is { } rule ? period.End.AddDays(rule.DaysAfterPeriodEnd) : null);
        if (due is null)
        {
            problems.Add(new Problem("no-due-date", $"Plan '{plan.Id}' has no due rule; send a dueDate (YYYY-MM-DD) or add \"due\": {{ \"daysAfterPeriodEnd\": 10 }} to the plan.", "dueDate"));
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new RoundPlan(period.Label, due!.Value, workflow!, clusterForm!, rosterForm, pack, clusters,
            Areas(plan.Reviewers?.Districts), Areas(plan.Reviewers?.States)), problems);
    }

    /// <summary>What a save checks beyond the shape: the named definitions and clusters exist.</summary>
    public static async Task<List<Problem>> CheckReferencesAsync(IGrainFactory grains, KpiPackRegistry packs, string programId, MonitoringPlan plan)
    {
        var problems = new List<Problem>();
        await DefinitionAsync(grains, programId, DefinitionKind.Workflow, plan.Workflow, "workflow", problems);
        await DefinitionAsync(grains, programId, DefinitionKind.Form, plan.ClusterForm, "clusterForm", problems);
        await DefinitionAsync(grains, programId, DefinitionKind.Form, plan.RosterForm, "rosterForm", problems);
        await PackAsync(grains, packs, programId, plan.KpiPack, problems);
        await ClustersAsync(grains, programId, plan, problems);
        return problems;
    }

    private static async Task<PlanDefinition?> DefinitionAsync(
        IGrainFactory grains, string programId, DefinitionKind kind, PlanReference? reference, string field, List<Problem> problems)
    {
        // A reference without a valid id was reported by the shape check.
        if (reference is null || !Identifier.IsValid(reference.Id))
        {
            return null;
        }
        var grain = grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, kind, reference.Id));
        var stored = reference.Version is { } version ? await grain.GetVersionAsync(version) : await grain.GetLatestAsync();
        if (stored is null)
        {
            var which = reference.Version is { } v ? $"version {v} of {DefinitionKey.KindName(kind)} '{reference.Id}'" : $"{DefinitionKey.KindName(kind)} '{reference.Id}'";
            problems.Add(new Problem("plan-reference", $"Program '{programId}' has no {which}; save it first or correct the plan.", $"$.{field}"));
            return null;
        }
        return new PlanDefinition(stored.Id, stored.Version, stored.Content);
    }

    private static async Task<KpiPack?> PackAsync(IGrainFactory grains, KpiPackRegistry packs, string programId, PlanReference? reference, List<Problem> problems)
    {
        if (reference is null || !Identifier.IsValid(reference.Id))
        {
            return null;
        }
        KpiPack? pack;
        if (reference.Version is { } version)
        {
            var stored = await grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.KpiPack, reference.Id)).GetVersionAsync(version);
            pack = stored is null ? null : JsonSerializer.Deserialize<KpiPack>(stored.Content, KpiPackRegistry.Json);
        }
        else
        {
            pack = await packs.FindAsync(grains, programId, reference.Id);
        }
        if (pack is null)
        {
            problems.Add(new Problem("plan-reference", $"There is no KPI pack '{reference.Id}'{(reference.Version is { } v ? $" version {v}" : "")} for program '{programId}'; upload it first or correct the plan.", "$.kpiPack"));
        }
        return pack;
    }

    private static async Task<List<ClusterProfile>> ClustersAsync(IGrainFactory grains, string programId, MonitoringPlan plan, List<Problem> problems)
    {
        var all = await grains.GetGrain<IProgramGrain>(programId).ListClustersAsync();
        if (MonitoringPlanJson.ClusterIds(plan) is not { } ids)
        {
            if (all.Count == 0)
            {
                problems.Add(new Problem("no-clusters", $"Program '{programId}' has no clusters yet; add them before opening a round.", "$.clusters"));
            }
            return [.. all.OrderBy(c => c.Id, StringComparer.Ordinal)];
        }
        var byId = all.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var chosen = new List<ClusterProfile>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (byId.TryGetValue(ids[i], out var cluster))
            {
                chosen.Add(cluster);
            }
            else if (Identifier.IsValid(ids[i]))
            {
                problems.Add(new Problem("unknown-cluster", $"Program '{programId}' has no cluster '{ids[i]}'; add it or remove it from the plan.", $"$.clusters[{i}]"));
            }
        }
        return chosen;
    }

    private static Dictionary<string, IReadOnlyList<string>> Areas(Dictionary<string, List<string>>? areas) =>
        (areas ?? []).ToDictionary(a => a.Key, a => (IReadOnlyList<string>)[.. a.Value], StringComparer.Ordinal);
}
