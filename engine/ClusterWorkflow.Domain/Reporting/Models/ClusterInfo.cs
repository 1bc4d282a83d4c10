namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>Who and where a cluster is, as shown at the head of a report.</summary>
public sealed record ClusterInfo
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string State { get; init; } = "";
    public string District { get; init; } = "";
    public string Block { get; init; } = "";

    /// <summary>artisanal or sectoral.</summary>
    public string ClusterType { get; init; } = "";

    /// <summary>The Technical Support Agency that works with the cluster.</summary>
    public string Tsa { get; init; } = "";
}
