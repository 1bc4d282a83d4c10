using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// The roll-up a report shows: the one the round stored when it closed (its completeness counts
/// every expected cluster), or while it is open one computed now over the approved clusters in scope.
/// Roll-up nodes are keyed by the hierarchy path: a state by its name, a district as <c>state/district</c>.
/// </summary>
internal static class RoundRollups
{
    /// <remarks>
    /// Clusters not approved yet take part without values, so a row counts every cluster of its area
    /// and its values say how many were missing, as in the roll-up of a closed round.
    /// </remarks>
    public static KpiRollupResult For(string programId, RoundPlan plan, KpiRollupResult? stored, IEnumerable<RoundClusterStatus> visible) =>
        stored ?? (plan.KpiPack is { } pack
            ? KpiRollup.Compute(pack, visible.Select(c => c.Final && c.Kpis is not null ? c.Kpis : WithoutValues(c, plan.Period)), programId)
            : new KpiRollupResult());

    private static KpiClusterResult WithoutValues(RoundClusterStatus cluster, string period) => new()
    {
        ClusterId = cluster.Profile.Id,
        Geography = new KpiGeography { State = cluster.Profile.State, District = cluster.Profile.District, Block = cluster.Profile.Block },
        Period = period,
    };

    public static IEnumerable<RoundClusterStatus> Approved(IEnumerable<RoundClusterStatus> clusters) =>
        clusters.Where(c => c.Final && c.Kpis is not null);

    public static KpiRollupNode? District(KpiRollupResult rollup, string state, string district) =>
        rollup.Find(KpiLevel.District, $"{state}/{district}");

    public static KpiRollupNode? State(KpiRollupResult rollup, string state) => rollup.Find(KpiLevel.State, state);

    public static KpiRollupNode? Program(KpiRollupResult rollup, string programId) => rollup.Find(KpiLevel.Program, programId);
}
