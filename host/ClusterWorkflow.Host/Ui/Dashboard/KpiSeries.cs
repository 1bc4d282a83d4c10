namespace ClusterWorkflow.Host.Ui.Dashboard;

/// <summary>One line of the dashboard: a cluster or a district, and its KPI values by period (approved data only).</summary>
public sealed record KpiSeries(string Id, string Title, string Subtitle, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> ByPeriod)
{
    public double? Value(string period, string kpiId) =>
        ByPeriod.TryGetValue(period, out var values) ? values.GetValueOrDefault(kpiId) : null;
}
