using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Host.Ui.Dashboard;

/// <summary>
/// The KPI dashboard's data, limited on the server to what the person may read: a cluster's approved
/// KPI history for every cluster in their scope (the same rule as the cluster endpoints), and a
/// district's values per round — the round's stored roll-up once closed, else the roll-up of its
/// approved clusters, as the round summary computes it — only for districts their round-report scope
/// covers whole (the same rule as the summaries).
/// </summary>
public sealed class DashboardStore(IGrainFactory grains, KpiPackRegistry packs)
{
    public async Task<KpiDashboard> LoadAsync(Actor actor, string programId)
    {
        var periods = (await grains.GetGrain<IProgramRoundsGrain>(programId).ListAsync()).Order(StringComparer.Ordinal).ToList();
        var rounds = new List<(string Period, RoundPlan Plan, IReadOnlyList<RoundClusterStatus> Clusters, KpiRollupResult? Stored)>();
        foreach (var period in periods)
        {
            var round = grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period));
            if (await round.GetPlanAsync() is { } plan)
            {
                rounds.Add((period, plan, await round.GetClustersAsync(), await round.GetRollupAsync()));
            }
        }
        var pack = rounds.LastOrDefault(r => r.Plan.KpiPack is not null).Plan?.KpiPack ?? (await packs.ListAsync(grains, programId)).FirstOrDefault();
        var clusters = (await grains.GetGrain<IProgramGrain>(programId).ListClustersAsync())
            .Where(c => ClusterScope.CanRead(actor, c))
            .OrderBy(c => c.District, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var clusterSeries = new List<KpiSeries>();
        foreach (var cluster in clusters)
        {
            var history = await grains.GetGrain<IClusterGrain>(cluster.Id).GetKpiHistoryAsync();
            clusterSeries.Add(new KpiSeries(cluster.Id, cluster.Name, $"{cluster.District}, {cluster.State}", history));
        }
        return new KpiDashboard(pack, rounds.Select(r => r.Period).ToList(), clusterSeries, DistrictSeries(actor, programId, clusters, rounds));
    }

    private static List<KpiSeries> DistrictSeries(Actor actor, string programId, List<ClusterProfile> clusters,
        List<(string Period, RoundPlan Plan, IReadOnlyList<RoundClusterStatus> Clusters, KpiRollupResult? Stored)> rounds)
    {
        if (ReportScope.ForRound(actor) is not { } scope)
        {
            return [];
        }
        var districts = clusters.Select(c => (c.State, c.District)).Distinct().Where(d => scope.IncludesArea(d.State, d.District)).ToList();
        var rollups = rounds.Select(r => (r.Period, Rollup: RoundRollups.For(programId, r.Plan, r.Stored, r.Clusters))).ToList();
        return districts.Select(d => new KpiSeries($"{d.State}/{d.District}", d.District, d.State, rollups.ToDictionary(
            r => r.Period,
            r => (IReadOnlyDictionary<string, double?>)(RoundRollups.District(r.Rollup, d.State, d.District)?.Values
                .ToDictionary(v => v.Key, v => v.Value.Value, StringComparer.Ordinal) ?? []),
            StringComparer.Ordinal))).ToList();
    }
}
