using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>What a KPI's formula reads.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiDataSource>))]
public enum KpiDataSource
{
    /// <summary>The cluster's approved data for the round (cluster form, roster, history).</summary>
    Cluster,
    /// <summary>Only the round's facts about the cluster (<c>round</c>: expected, approved, on time); computed even for a cluster that did not report.</summary>
    Round,
}
