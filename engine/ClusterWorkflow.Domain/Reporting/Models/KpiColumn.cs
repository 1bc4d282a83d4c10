namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A KPI as a column of a table; rows hold their cells in the order of the columns.</summary>
public sealed record KpiColumn
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>See <see cref="KpiUnits"/>.</summary>
    public string Unit { get; init; } = KpiUnits.Count;
    public KpiDirection Direction { get; init; }
}
