namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>One value in a KPI table with its target status; null value when missing or failed.</summary>
public sealed record KpiCell
{
    public double? Value { get; init; }
    public RagStatus Status { get; init; }
}
