namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>Where a KPI value stands against its targets. <see cref="None"/>: no target, or no value.</summary>
public enum RagStatus
{
    None,
    Red,
    Amber,
    Green,
}
