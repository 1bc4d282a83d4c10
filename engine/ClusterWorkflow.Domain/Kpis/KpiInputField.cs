namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// A field a pack's formulas read, declared in the manifest so a program manager sees what data the
/// KPIs need, and so the dry run can build a sample cluster that has it.
/// </summary>
public sealed record KpiInputField
{
    public string Id { get; init; } = "";

    public KpiInputType Type { get; init; } = KpiInputType.Number;

    /// <summary>Allowed values of a choice field, e.g. active / closed.</summary>
    public List<string> Options { get; init; } = [];

    public string Description { get; init; } = "";
}
