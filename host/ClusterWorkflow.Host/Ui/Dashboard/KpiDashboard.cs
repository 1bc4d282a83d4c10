using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Ui.Dashboard;

/// <summary>What the dashboard shows one person: the KPI pack, the periods in order, and the series their scope reaches.</summary>
public sealed record KpiDashboard(KpiPack? Pack, IReadOnlyList<string> Periods, IReadOnlyList<KpiSeries> Clusters, IReadOnlyList<KpiSeries> Districts)
{
    public static KpiDashboard Empty { get; } = new(null, [], [], []);
}
