namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// One place in the hierarchy with its KPI values: a cluster, a block, a district, a state or the
/// program. <see cref="Id"/> is the path from the state down (<c>UP/Budaun/Ujhani</c>) so that
/// blocks with the same name in different districts stay apart.
/// </summary>
public sealed record KpiRollupNode
{
    public KpiLevel Level { get; init; }

    public string Id { get; init; } = "";

    public string? ParentId { get; init; }

    public int ClusterCount { get; init; }

    public Dictionary<string, KpiValue> Values { get; init; } = [];
}
