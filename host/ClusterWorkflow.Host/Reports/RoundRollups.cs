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
    public static KpiRollupResult For(string programId, RoundPlan plan, KpiRollupResult? stored, IEnumerable<RoundClusterStatus> visible) =>
        stored ?? (plan.KpiPack is { } pack
            ? KpiRollup.Compute(pack, Approved(visible).Select(c => c.Kpis!), programId)
            : new KpiRollupResult());

    public static IEnumerable<RoundClusterStatus> Approved(IEnumerable<RoundClusterStatus> clusters) =>
        clusters.Where(c => c.Final && c.Kpis is not null);

    public static KpiRollupNode? District(KpiRollupResult rollup, string state, string district) =>
        rollup.Find(KpiLevel.District, $"{state}/{district}");

    public static KpiRollupNode? State(KpiRollupResult rollup, string state) => rollup.Find(KpiLevel.State, state);

    public static KpiRollupNode? Program(KpiRollupResult rollup, string programId) => rollup.Find(KpiLevel.Program, programId);
}
