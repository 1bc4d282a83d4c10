namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>The data of one round: submission values and KPIs, one sheet per level.</summary>
public sealed record RoundExport
{
    public string Program { get; init; } = "";

    /// <summary>Period label, e.g. <c>2026-11</c>.</summary>
    public string Period { get; init; } = "";
    public List<ExportSheet> Sheets { get; init; } = [];
}
