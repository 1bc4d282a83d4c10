namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>One row of a cluster's enterprise roster.</summary>
public sealed record EnterpriseExportRow
{
    public string ClusterId { get; init; } = "";
    public Dictionary<string, object?> Fields { get; init; } = [];
}
