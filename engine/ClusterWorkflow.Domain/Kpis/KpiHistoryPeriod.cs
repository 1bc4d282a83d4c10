namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// The same cluster's approved data and KPI values for an earlier period, as <c>history(k)</c> and
/// <c>kpi(id, k)</c> show them. <see cref="Roster"/> may be null when only KPI values were kept.
/// </summary>
public sealed record KpiHistoryPeriod
{
    public string Period { get; init; } = "";

    public Dictionary<string, object?> Cluster { get; init; } = [];

    public List<Dictionary<string, object?>>? Roster { get; init; }

    /// <summary>The KPI values approved for that period (null = no value).</summary>
    public Dictionary<string, double?> Kpis { get; init; } = [];
}
