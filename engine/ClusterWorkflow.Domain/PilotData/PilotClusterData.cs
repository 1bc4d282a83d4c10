using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>Everything generated for one cluster: its enterprises, monthly rosters and quarterly records.</summary>
public sealed record PilotClusterData
{
    public PilotCluster Cluster { get; init; } = new();

    /// <summary>Every enterprise that ever appears on the roster, in id order.</summary>
    public IReadOnlyList<PilotEnterprise> Enterprises { get; init; } = [];

    /// <summary>Monthly rosters, oldest first; the last is the current month.</summary>
    public IReadOnlyList<PilotRosterMonth> Months { get; init; } = [];

    /// <summary>Quarterly cluster-form records of the quarters the months touch, oldest first.</summary>
    public IReadOnlyList<PilotClusterQuarter> Quarters { get; init; } = [];

    /// <summary>The roster of a month, or null when the month was not generated.</summary>
    public PilotRosterMonth? Month(Period period) => Months.FirstOrDefault(m => m.Period == period);

    /// <summary>The cluster-form record of a quarter, or null when the quarter was not generated.</summary>
    public PilotClusterQuarter? Quarter(Period period) => Quarters.FirstOrDefault(q => q.Period == period);
}
