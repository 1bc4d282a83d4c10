using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>The two cluster types of the NRETP cluster development program.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PilotClusterType>))]
public enum PilotClusterType
{
    /// <summary>An existing craft cluster revived through better backward and forward linkages.</summary>
    Artisanal,

    /// <summary>A cluster organised around one sector (dairy, minor forest produce, ...).</summary>
    Sectoral,
}
