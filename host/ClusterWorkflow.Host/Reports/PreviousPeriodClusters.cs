using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// The clusters of the period before a round, for the summary's "moved most": the round of that
/// period when the product ran one, else each cluster's approved history — months approved before
/// the product was in use (imported, as the seeded pilot's are) exist only there.
/// </summary>
internal static class PreviousPeriodClusters
{
    public static async Task<IReadOnlyList<RoundClusterStatus>> LoadAsync(IGrainFactory grains, string programId, string period, RoundPlan current)
    {
        var round = grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period));
        if (await round.GetPlanAsync() is not null)
        {
            return await round.GetClustersAsync();
        }
        var statuses = new List<RoundClusterStatus>();
        foreach (var cluster in current.Clusters)
        {
            var history = await grains.GetGrain<IClusterGrain>(cluster.Id).GetKpiHistoryAsync();
            if (history.TryGetValue(period, out var values))
            {
                var kpis = new KpiClusterResult
                {
                    ClusterId = cluster.Id,
                    Period = period,
                    Values = values.ToDictionary(v => v.Key, v => new KpiValue { KpiId = v.Key, Value = v.Value }, StringComparer.Ordinal),
                };
                statuses.Add(new RoundClusterStatus(cluster, "approved", true, false, null, kpis));
            }
        }
        return statuses;
    }
}
