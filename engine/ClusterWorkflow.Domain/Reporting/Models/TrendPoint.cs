namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A KPI value in one round; <see cref="Value"/> is null when the round has none.</summary>
public sealed record TrendPoint
{
    /// <summary>Period label, e.g. <c>2026-11</c> or <c>FY2026-27 Q3</c>.</summary>
    public string Period { get; init; } = "";
    public double? Value { get; init; }
}
