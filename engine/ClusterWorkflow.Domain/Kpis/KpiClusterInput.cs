namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Everything the formulas may see for one cluster in one round: its approved cluster form values,
/// its roster rows, its earlier periods and the round's facts. Nothing else is reachable.
/// </summary>
public sealed record KpiClusterInput
{
    public string ClusterId { get; init; } = "";

    public KpiGeography Geography { get; init; } = new();

    /// <summary>The round's period label, e.g. <c>2026-11</c>.</summary>
    public string Period { get; init; } = "";

    /// <summary>
    /// False when the cluster has no approved data for the round: only round-fact KPIs
    /// (<see cref="KpiDataSource.Round"/>) are computed, the others have no value.
    /// </summary>
    public bool Reported { get; init; } = true;

    /// <summary>Cluster form values (<c>cluster.cfc_hours_used</c>).</summary>
    public Dictionary<string, object?> Cluster { get; init; } = [];

    /// <summary>One dictionary per enterprise (<c>roster[i].revenue_total</c>).</summary>
    public List<Dictionary<string, object?>> Roster { get; init; } = [];

    /// <summary>Earlier periods by lag: 1 = t−1, 12 = t−12. A missing lag (the first rounds) means no data.</summary>
    public Dictionary<int, KpiHistoryPeriod> History { get; init; } = [];

    public KpiRoundFacts Round { get; init; } = new();
}
