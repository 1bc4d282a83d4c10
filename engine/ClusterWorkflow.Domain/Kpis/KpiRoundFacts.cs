namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// What the round knows about one cluster, for KPIs such as <c>reporting_completeness</c>: the round
/// supplies these (formulas read them as <c>round.expected</c>, <c>round.approved</c>,
/// <c>round.approved_on_time</c>, <c>round.due_date</c>, <c>round.approved_on</c>), also for a cluster
/// that sent nothing, so that its missing report counts against the completeness roll-up.
/// </summary>
public sealed record KpiRoundFacts
{
    /// <summary>The cluster is expected to report in this round.</summary>
    public bool Expected { get; init; } = true;

    public DateOnly? DueDate { get; init; }

    /// <summary>When the last review level approved the submission; null if not (yet) approved.</summary>
    public DateOnly? ApprovedOn { get; init; }

    public bool Approved => ApprovedOn is not null;

    public bool ApprovedOnTime => ApprovedOn is { } approved && (DueDate is null || approved <= DueDate.Value);
}
