namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>How far the clusters of one state are in a round.</summary>
public sealed record StateProgress
{
    public string State { get; init; } = "";

    /// <summary>Clusters per workflow state, in the order of <see cref="RoundSummaryReport.WorkflowStates"/>.</summary>
    public List<int> Counts { get; init; } = [];
    public int Total { get; init; }
    public int Approved { get; init; }
    public int Overdue { get; init; }
}
