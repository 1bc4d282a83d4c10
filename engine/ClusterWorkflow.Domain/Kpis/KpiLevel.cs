using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Levels of the hierarchy, lowest first. A KPI's level is the lowest level at which it is shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiLevel>))]
public enum KpiLevel
{
    Cluster,
    Block,
    District,
    State,
    Program,
}
