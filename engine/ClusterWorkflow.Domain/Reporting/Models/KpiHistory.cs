namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A KPI over all rounds of a cluster; <see cref="Points"/> follow <see cref="ClusterProfileReport.Rounds"/>.</summary>
public sealed record KpiHistory
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>See <see cref="KpiUnits"/>.</summary>
    public string Unit { get; init; } = KpiUnits.Count;
    public KpiDirection Direction { get; init; }
    public RagStatus LatestStatus { get; init; }
    public List<TrendPoint> Points { get; init; } = [];
}
