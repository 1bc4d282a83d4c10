namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>Which way a KPI gets better: turnover <see cref="Up"/>, closures <see cref="Down"/>.</summary>
public enum KpiDirection
{
    Up,
    Down,
}
