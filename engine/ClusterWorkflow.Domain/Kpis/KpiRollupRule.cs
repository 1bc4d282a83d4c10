using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>How a KPI's cluster values combine at block, district, state and program level.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiRollupRule>))]
public enum KpiRollupRule
{
    /// <summary>Add the values.</summary>
    Sum,
    /// <summary>Add numerators and denominators, then divide (never average percentages).</summary>
    Ratio,
    /// <summary>Not rolled up: shown at cluster level only.</summary>
    None,
}
