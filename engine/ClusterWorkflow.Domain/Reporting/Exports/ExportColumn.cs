namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>A column of an export sheet. <see cref="Key"/> is the header, stable across rounds and form versions.</summary>
public sealed record ExportColumn
{
    /// <summary>Field name or KPI id, e.g. <c>revenue_total</c>, <c>kpi.turnover</c>.</summary>
    public string Key { get; init; } = "";

    /// <summary>The human label of the field or KPI, for documentation beside the file.</summary>
    public string Label { get; init; } = "";
    public ExportColumnKind Kind { get; init; }
}
