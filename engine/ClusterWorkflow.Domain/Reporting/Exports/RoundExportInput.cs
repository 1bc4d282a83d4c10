using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>What <see cref="RoundExportBuilder"/> needs to export a round.</summary>
public sealed record RoundExportInput
{
    public string Program { get; init; } = "";
    public string Period { get; init; } = "";

    /// <summary>Cluster-form columns over all form versions (see <see cref="ExportSchema"/>).</summary>
    public ExportSchema SubmissionFields { get; init; } = new();

    /// <summary>Roster columns over all form versions; the enterprise sheet is left out when there are no rows.</summary>
    public ExportSchema EnterpriseFields { get; init; } = new();
    public List<KpiColumn> Kpis { get; init; } = [];
    public List<ClusterExportRow> Clusters { get; init; } = [];
    public List<RollupExportRow> Rollups { get; init; } = [];
    public List<EnterpriseExportRow> Enterprises { get; init; } = [];
}
