namespace ClusterWorkflow.Domain.Kpis;

/// <summary>The KPI values of one cluster for one round, by KPI id.</summary>
public sealed record KpiClusterResult
{
    public string PackId { get; init; } = "";

    public string PackVersion { get; init; } = "";

    public string ClusterId { get; init; } = "";

    public KpiGeography Geography { get; init; } = new();

    public string Period { get; init; } = "";

    public Dictionary<string, KpiValue> Values { get; init; } = [];

    public IEnumerable<KpiProblem> Errors => Values.Values.Where(v => v.Error is not null).Select(v => v.Error!);
}
