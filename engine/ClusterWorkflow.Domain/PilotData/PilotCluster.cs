namespace ClusterWorkflow.Domain.PilotData;

/// <summary>A sample cluster: where it is, what it makes and which TSA officer serves it.</summary>
public sealed record PilotCluster
{
    /// <summary>Lowercase slug, e.g. <c>budaun-ujhani-zari-zardozi</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Made-up name that says it is sample data, e.g. <c>Ujhani Zari-Zardozi Cluster (sample)</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>Short code that prefixes the cluster's enterprise ids, e.g. <c>bdn01</c>.</summary>
    public string Code { get; init; } = "";

    public PilotClusterType Type { get; init; }

    public string StateId { get; init; } = "";

    public string State { get; init; } = "";

    public string DistrictId { get; init; } = "";

    public string District { get; init; } = "";

    /// <summary>Block name, e.g. <c>Ujhani</c>.</summary>
    public string Block { get; init; } = "";

    /// <summary>Id of the <see cref="PilotPerson"/> (a TSA officer) assigned to the cluster.</summary>
    public string TsaId { get; init; } = "";

    /// <summary>Slug of the activity, e.g. <c>zari-zardozi</c>, <c>dairy</c>.</summary>
    public string ActivityId { get; init; } = "";

    /// <summary>The activity for people, e.g. <c>Zari-zardozi embroidery</c>.</summary>
    public string Activity { get; init; } = "";
}
