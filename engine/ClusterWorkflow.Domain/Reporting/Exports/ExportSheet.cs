namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>One table of an export (one sheet in Excel, one file in CSV). Each row has one cell per column.</summary>
public sealed record ExportSheet
{
    /// <summary><c>cluster</c>, <c>district</c>, <c>state</c>, <c>program</c> or <c>enterprise</c>.</summary>
    public string Name { get; init; } = "";
    public List<ExportColumn> Columns { get; init; } = [];
    public List<List<ExportCell>> Rows { get; init; } = [];
}
