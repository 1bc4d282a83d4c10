using System.Text.Json;

namespace ClusterWorkflow.Host.Plans;

/// <summary>
/// A monitoring plan as a program manager writes it (JSON, see templates/plans/README.md): which
/// definitions a round runs on, which clusters it covers, who reviews where, and when it is due.
/// Opening a round resolves it into a <see cref="Abstractions.Rounds.RoundPlan"/> with every
/// definition pinned by version.
/// </summary>
public sealed record MonitoringPlan
{
    public string Id { get; init; } = "";

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary><c>monthly</c> or <c>quarterly</c>: the kind of period a round of this plan must be; absent allows both.</summary>
    public string? PeriodKind { get; init; }

    public PlanReference? Workflow { get; init; }

    public PlanReference? ClusterForm { get; init; }

    public PlanReference? RosterForm { get; init; }

    public PlanReference? KpiPack { get; init; }

    /// <summary><c>"all"</c> (every cluster of the program when the round opens) or a list of cluster ids.</summary>
    public JsonElement Clusters { get; init; }

    public PlanReviewers? Reviewers { get; init; }

    public PlanDueRule? Due { get; init; }
}
