using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A cluster whose KPI changed most since the previous round, for better or worse.</summary>
public sealed record ClusterMover
{
    public string Cluster { get; init; } = "";
    public string District { get; init; } = "";
    public string Kpi { get; init; } = "";

    /// <summary>See <see cref="KpiUnits"/>.</summary>
    public string Unit { get; init; } = KpiUnits.Count;
    public KpiDirection Direction { get; init; }
    public double? Previous { get; init; }
    public double? Current { get; init; }

    [JsonIgnore]
    public KpiChange? Change => KpiChange.Between(Current, Previous, Direction);
}
