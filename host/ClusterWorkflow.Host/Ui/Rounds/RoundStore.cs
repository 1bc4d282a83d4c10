using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Ui.Rounds;

/// <summary>
/// Rounds for the program manager's pages: the same plan resolution and round grains as the round
/// endpoints, acting as the signed-in person (the round grain refuses anyone but program managers).
/// </summary>
public sealed class RoundStore(IGrainFactory grains, KpiPackRegistry packs)
{
    public async Task<IReadOnlyList<RoundInfo>> ListAsync(string programId)
    {
        var periods = await grains.GetGrain<IProgramRoundsGrain>(programId).ListAsync();
        var rounds = await Task.WhenAll(periods.Select(p => Round(programId, p).GetAsync()));
        return rounds.Where(r => r.Status != RoundStatus.NotOpened).Reverse().ToList();
    }

    public async Task<(RoundInfo Info, RoundProgress Progress, IReadOnlyList<RoundClusterStatus> Clusters)> DetailAsync(string programId, string period)
    {
        var round = Round(programId, period);
        return (await round.GetAsync(), await round.GetProgressAsync(), await round.GetClustersAsync());
    }

    public Task<IReadOnlyList<string>> PlansAsync(string programId) =>
        grains.GetGrain<IProgramGrain>(programId).ListDefinitionsAsync(DefinitionKind.MonitoringPlan);

    /// <summary>Opens a round for <paramref name="periodLabel"/> from the latest version of a plan.</summary>
    public async Task<Outcome<RoundInfo>> OpenAsync(Actor actor, string programId, string planId, string periodLabel, DateOnly? dueDate)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<RoundInfo>.Fail(OutcomeStatus.Forbidden, "forbidden", "Only program managers open rounds.");
        }
        var (period, periodProblem) = PeriodRoute.Parse(periodLabel);
        if (period is null)
        {
            return Outcome<RoundInfo>.Invalid([periodProblem!]);
        }
        var stored = await DefinitionReads.Grain(grains, programId, DefinitionKind.MonitoringPlan, planId).GetLatestAsync();
        if (stored is null)
        {
            return Outcome<RoundInfo>.Fail(OutcomeStatus.NotFound, "not-found", $"There is no monitoring plan '{planId}'.", "planId");
        }
        var (plan, planProblems) = MonitoringPlanJson.Read(stored.Content);
        if (plan is null || planProblems.Count > 0)
        {
            return Outcome<RoundInfo>.Invalid(planProblems);
        }
        var (roundPlan, problems) = await PlanResolver.ResolveAsync(grains, packs, programId, plan, period, dueDate);
        return roundPlan is null ? Outcome<RoundInfo>.Invalid(problems) : await Round(programId, period.Label).OpenAsync(actor, roundPlan);
    }

    public Task<Outcome<RoundInfo>> CloseAsync(Actor actor, string programId, string period) => Round(programId, period).CloseAsync(actor);

    private IRoundGrain Round(string programId, string period) => grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period));
}
