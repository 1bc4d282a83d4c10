using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>One cluster's submission in a round: its answers by field name and its KPI values by KPI id.</summary>
public sealed record ClusterExportRow
{
    public ClusterInfo Cluster { get; init; } = new();
    public string WorkflowState { get; init; } = "";
    public string FormVersion { get; init; } = "";

    /// <summary>Answers by field name: numbers, text, yes/no, dates or lists (select multiple).</summary>
    public Dictionary<string, object?> Fields { get; init; } = [];
    public Dictionary<string, double?> Kpis { get; init; } = [];
}
