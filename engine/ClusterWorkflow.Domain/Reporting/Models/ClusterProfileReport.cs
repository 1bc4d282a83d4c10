namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A cluster's history over all its rounds.</summary>
public sealed record ClusterProfileReport
{
    public string Program { get; init; } = "";
    public ClusterInfo Cluster { get; init; } = new();
    public int Enterprises { get; init; }
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Oldest first.</summary>
    public List<ProfileRound> Rounds { get; init; } = [];
    public List<KpiHistory> Kpis { get; init; } = [];
}
