using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Where a value stands against the KPI's targets.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiRating>))]
public enum KpiRating
{
    /// <summary>No value, or the KPI has no targets.</summary>
    None,
    Red,
    Amber,
    Green,
}
