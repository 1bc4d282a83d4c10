using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Type of an input field a pack expects.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiInputType>))]
public enum KpiInputType
{
    Number,
    Text,
    Choice,
    YesNo,
    Date,
}
