using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>How a KPI's formula answers and how it rolls up: count and sum add up; ratio returns numerator and denominator (× factor); custom says how it rolls up.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiKind>))]
public enum KpiKind
{
    /// <summary>A whole number of things (enterprises, closures); rolls up by adding.</summary>
    Count,
    /// <summary>A total (INR, persons, days); rolls up by adding.</summary>
    Sum,
    /// <summary>numerator ÷ denominator × factor; rolls up by summing numerators and denominators.</summary>
    Ratio,
    /// <summary>Anything else (a median, a score); the manifest's <c>rollup</c> says how it rolls up.</summary>
    Custom,
}
