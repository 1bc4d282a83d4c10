namespace ClusterWorkflow.Domain.Kpis;

/// <summary>The fields a pack expects: the cluster form's (<c>cluster.x</c>) and each roster row's (<c>r.x</c>).</summary>
public sealed record KpiInputs
{
    public List<KpiInputField> Cluster { get; init; } = [];

    public List<KpiInputField> Roster { get; init; } = [];
}
