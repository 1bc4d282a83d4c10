namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>
/// A row of a KPI table: one cluster, or a roll-up for a district, a state or the program.
/// <see cref="Cells"/> follow <see cref="RoundSummaryReport.KpiColumns"/> one to one.
/// </summary>
public sealed record KpiTableRow
{
    /// <summary>Cluster, district or state name, or the program's.</summary>
    public string Name { get; init; } = "";

    /// <summary>Where the row sits: the district of a cluster, the state of a district; empty above.</summary>
    public string Parent { get; init; } = "";

    /// <summary>Workflow state of a cluster's submission; empty for roll-ups.</summary>
    public string WorkflowState { get; init; } = "";

    /// <summary>True when a cluster's submission is past the due date and not yet approved.</summary>
    public bool Overdue { get; init; }

    /// <summary>How many clusters a roll-up row counts (1 for a cluster).</summary>
    public int Clusters { get; init; } = 1;
    public List<KpiCell> Cells { get; init; } = [];
}
