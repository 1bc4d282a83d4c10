using Orleans.Serialization;

namespace ClusterWorkflow.Grains;

/// <summary>
/// Domain types (forms, KPI packs and values, workflow records) have no Orleans attributes — the
/// domain has no Orleans reference — so they cross grains as System.Text.Json, like they are stored.
/// </summary>
public static class SerializationSetup
{
    public static ISiloBuilder AddClusterWorkflowSerialization(this ISiloBuilder silo)
    {
        silo.Services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("ClusterWorkflow.Domain", StringComparison.Ordinal) == true));
        return silo;
    }
}
