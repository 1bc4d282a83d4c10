namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Where a cluster sits: State > District > Block > Cluster. Ids, not display names.</summary>
public sealed record KpiGeography
{
    public string State { get; init; } = "";

    public string District { get; init; } = "";

    public string Block { get; init; } = "";
}
