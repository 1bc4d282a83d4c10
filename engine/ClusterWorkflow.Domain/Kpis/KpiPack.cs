namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// A validated KPI plugin pack: what <see cref="KpiPackLoader"/> answers when a folder or an
/// uploaded zip passes validation. Plain data, so it can be stored in grain state and sent between
/// grains; <see cref="EvaluationOrder"/> already puts every KPI after the KPIs it depends on.
/// </summary>
public sealed record KpiPack
{
    public string Id { get; init; } = "";

    public string Version { get; init; } = "";

    public Dictionary<string, string> Name { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Numbers formulas read as <c>params.x</c>, e.g. the lakhpati income threshold; an administrator may change them.</summary>
    public Dictionary<string, double> Parameters { get; init; } = [];

    public KpiInputs Inputs { get; init; } = new();

    public List<KpiDefinition> Kpis { get; init; } = [];

    /// <summary>KPI ids in an order where each comes after its dependencies.</summary>
    public List<string> EvaluationOrder { get; init; } = [];

    public KpiDefinition? Find(string kpiId) => Kpis.Find(k => k.Id == kpiId);
}
