namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>KPI values rolled up to a district, a state or the whole program.</summary>
public sealed record RollupExportRow
{
    /// <summary><c>district</c>, <c>state</c> or <c>program</c>.</summary>
    public string Level { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>The state of a district; empty above.</summary>
    public string Parent { get; init; } = "";
    public int Clusters { get; init; }
    public Dictionary<string, double?> Kpis { get; init; } = [];
}
