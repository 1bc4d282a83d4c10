using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>A round [key: program~period]: plan, due date, status, the progress of every cluster and the roll-ups.</summary>
[Alias("cw.round")]
public interface IRoundGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the round from a plan (program managers only): one submission per cluster and a task in
    /// each TSA's inbox. The same plan again opens the submissions a failed attempt missed and changes
    /// nothing else; another plan for an open round is a conflict.
    /// </summary>
    [Alias("open")]
    Task<Outcome<RoundInfo>> OpenAsync(Actor actor, RoundPlan plan);

    /// <summary>Closes the round (program managers only) and computes the KPI roll-ups over the approved clusters.</summary>
    [Alias("close")]
    Task<Outcome<RoundInfo>> CloseAsync(Actor actor);

    [Alias("get")]
    Task<RoundInfo> GetAsync();

    [Alias("progress")]
    Task<RoundProgress> GetProgressAsync();

    /// <summary>The roll-ups computed when the round closed; null while it is open.</summary>
    [Alias("rollup")]
    Task<KpiRollupResult?> GetRollupAsync();

    /// <summary>The plan the round was opened with (definitions, KPI pack, clusters); null before it opens.</summary>
    [Alias("plan")]
    Task<RoundPlan?> GetPlanAsync();

    /// <summary>Every cluster of the round with its submission's workflow state, overdue flag and approved KPI values, in plan order.</summary>
    [Alias("clusters")]
    Task<IReadOnlyList<RoundClusterStatus>> GetClustersAsync();

    /// <summary>Called by the round's submissions after each change.</summary>
    [Alias("report")]
    Task ReportAsync(SubmissionStatusReport report);

    /// <summary>
    /// Flags submissions still open after the due date and notifies their TSA once; the round's
    /// reminder calls it hourly. Answers the clusters flagged by this call.
    /// </summary>
    [Alias("check-overdue")]
    Task<IReadOnlyList<string>> CheckOverdueAsync();
}
