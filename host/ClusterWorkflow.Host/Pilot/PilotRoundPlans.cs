using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// The pilot's monthly plan resolved for a period the way opening a round resolves it
/// (<see cref="PlanResolver"/>: definitions pinned, clusters and reviewers copied, due date computed).
/// </summary>
public sealed class PilotRoundPlans(IGrainFactory grains, KpiPackRegistry packs)
{
    public async Task<RoundPlan> ResolveAsync(string programId, Period period, DateOnly? dueDate)
    {
        var stored = await grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.MonitoringPlan, PilotDefinitions.PlanId)).GetLatestAsync()
            ?? throw new InvalidOperationException($"Program '{programId}' has no monitoring plan '{PilotDefinitions.PlanId}'; seed the pilot first.");
        var (plan, problems) = MonitoringPlanJson.Read(stored.Content);
        if (plan is null || problems.Count > 0)
            throw new InvalidOperationException($"The stored plan '{PilotDefinitions.PlanId}' cannot be read: {string.Join(" ", problems.Select(p => p.Message))}");
        var (resolved, resolveProblems) = await PlanResolver.ResolveAsync(grains, packs, programId, plan, period, dueDate);
        return resolved ?? throw new InvalidOperationException(
            $"The plan '{PilotDefinitions.PlanId}' does not resolve for {period.Label}: {string.Join(" ", resolveProblems.Select(p => p.Message))}");
    }

    /// <summary>One cluster's slice of a round plan, as the round gives it to the cluster's submission when it opens.</summary>
    public static SubmissionPlan Slice(string programId, RoundPlan plan, string clusterId)
    {
        var cluster = plan.Clusters.First(c => c.Id == clusterId);
        return new SubmissionPlan(programId, plan.Period, plan.DueDate, cluster, plan.Workflow, plan.ClusterForm, plan.RosterForm, plan.KpiPack,
            plan.DistrictReviewers.GetValueOrDefault(cluster.District) ?? [],
            plan.StateReviewers.GetValueOrDefault(cluster.State) ?? []);
    }
}
