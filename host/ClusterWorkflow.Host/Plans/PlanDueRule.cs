namespace ClusterWorkflow.Host.Plans;

/// <summary>When a round is due: a number of days after the last day of its period (0 = that day).</summary>
public sealed record PlanDueRule
{
    public int DaysAfterPeriodEnd { get; init; }
}
