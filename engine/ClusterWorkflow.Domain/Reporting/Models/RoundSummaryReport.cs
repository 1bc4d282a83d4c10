namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>What the mission reads about a round: progress per state, the KPI tables, the big movers.</summary>
public sealed record RoundSummaryReport
{
    public string Program { get; init; } = "";

    /// <summary>Period label, e.g. <c>FY2026-27 Q3</c>.</summary>
    public string Period { get; init; } = "";
    public DateOnly? DueDate { get; init; }
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Workflow states in display order; the columns of the progress table.</summary>
    public List<string> WorkflowStates { get; init; } = [];
    public List<StateProgress> Progress { get; init; } = [];
    public List<KpiColumn> KpiColumns { get; init; } = [];
    public List<KpiTableRow> Clusters { get; init; } = [];
    public List<KpiTableRow> Districts { get; init; } = [];
    public List<KpiTableRow> States { get; init; } = [];

    /// <summary>The whole program's roll-up; null when nothing was approved.</summary>
    public KpiTableRow? ProgramTotal { get; init; }
    public List<ClusterMover> Movers { get; init; } = [];
}
