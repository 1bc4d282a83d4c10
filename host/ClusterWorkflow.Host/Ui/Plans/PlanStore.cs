using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Ui.Plans;

/// <summary>
/// The plans page's work, as the plan endpoints do it: the shape check and the check that every
/// named definition and cluster exists (each problem with its JSON path), then a save based on the
/// version the editor started from, so a save over a newer version is a conflict.
/// </summary>
public sealed class PlanStore(IGrainFactory grains, KpiPackRegistry packs)
{
    public async Task<IReadOnlyList<(DefinitionVersion Stored, MonitoringPlan? Plan)>> ListAsync(string programId) =>
        (await DefinitionReads.LatestAsync(grains, programId, DefinitionKind.MonitoringPlan))
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => (v, MonitoringPlanJson.Read(v.Content).Plan))
            .ToList();

    public async Task<PlanDraft?> LoadAsync(string programId, string planId)
    {
        if (!Identifier.IsValid(planId)) return null;
        var latest = await Grain(programId, planId).GetLatestAsync();
        return latest is null || MonitoringPlanJson.Read(latest.Content).Plan is not { } plan ? null : PlanDraft.From(plan, latest.Version);
    }

    public async Task<PlanChoices> ChoicesAsync(string programId)
    {
        var program = grains.GetGrain<IProgramGrain>(programId);
        return new PlanChoices(
            await program.ListDefinitionsAsync(DefinitionKind.Workflow),
            await program.ListDefinitionsAsync(DefinitionKind.Form),
            (await packs.ListAsync(grains, programId)).Select(p => p.Id).ToList(),
            (await program.ListClustersAsync()).OrderBy(c => c.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>Every problem of the draft: its shape and, when <paramref name="references"/>, whether what it names exists.</summary>
    public async Task<IReadOnlyList<Problem>> CheckAsync(string programId, PlanDraft draft, bool references)
    {
        var plan = draft.ToPlan();
        var (_, problems) = MonitoringPlanJson.Read(MonitoringPlanJson.Write(plan));
        if (references)
        {
            problems.AddRange(await PlanResolver.CheckReferencesAsync(grains, packs, programId, plan));
        }
        return problems;
    }

    public async Task<Outcome<DefinitionVersion>> SaveAsync(Actor actor, string programId, PlanDraft draft)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<DefinitionVersion>.Fail(OutcomeStatus.Forbidden, "forbidden", "Only program managers and administrators save monitoring plans.");
        }
        var problems = await CheckAsync(programId, draft, references: true);
        if (problems.Count > 0)
        {
            return Outcome<DefinitionVersion>.Invalid(problems);
        }
        var plan = draft.ToPlan();
        var outcome = await Grain(programId, plan.Id).SaveAsync(MonitoringPlanJson.Write(plan), actor.UserId, draft.BasedOnVersion, null);
        if (outcome.Succeeded)
        {
            draft.BasedOnVersion = outcome.Value!.Version;
        }
        return outcome;
    }

    public async Task<int> LatestVersionAsync(string programId, string planId) => (await Grain(programId, planId).GetLatestAsync())?.Version ?? 0;

    private IDefinitionGrain Grain(string programId, string planId) => DefinitionReads.Grain(grains, programId, DefinitionKind.MonitoringPlan, planId);
}
