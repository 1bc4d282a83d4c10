using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Whether a higher or a lower value is better; drives the red/amber/green rating.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiDirection>))]
public enum KpiDirection
{
    Up,
    Down,
}
