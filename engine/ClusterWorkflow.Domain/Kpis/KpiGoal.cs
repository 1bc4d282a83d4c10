using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>The program goals a KPI serves (PILOT.md: continuity, employment, revenue, output, linkages, inclusion).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiGoal>))]
public enum KpiGoal
{
    Continuity,
    Employment,
    Revenue,
    Output,
    Linkages,
    Inclusion,
}
