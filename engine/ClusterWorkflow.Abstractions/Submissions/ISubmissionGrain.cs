using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>
/// One workflow instance [key: program~period~cluster]: data revisions, validation results, KPI
/// values, comments and the audit trail. Every write names the revision it is based on (a stale one
/// is a conflict) and a client-made request id (the same request twice counts once). Refusals are
/// answers with a status and a message, never exceptions.
/// </summary>
[Alias("cw.submission")]
public interface ISubmissionGrain : IGrainWithStringKey
{
    /// <summary>Called by the round when it opens: keeps the plan slice and gives the TSA a task. Idempotent.</summary>
    [Alias("initialize")]
    Task<Outcome<SubmissionInfo>> InitializeAsync(SubmissionPlan plan);

    /// <summary>Saves the TSA's data as a new data revision, in the states where the TSA edits.</summary>
    [Alias("save-draft")]
    Task<Outcome<SubmissionView>> SaveDraftAsync(Actor actor, SubmissionData data, long basedOnRevision, string requestId);

    /// <summary>Fires a workflow trigger (submit, approve, return...) and performs the entry actions of the state reached.</summary>
    [Alias("fire")]
    Task<Outcome<SubmissionView>> FireAsync(Actor actor, string trigger, string? comment, long basedOnRevision, string requestId);

    /// <summary>The submission as <paramref name="actor"/> sees it, with their permitted actions.</summary>
    [Alias("get")]
    Task<Outcome<SubmissionView>> GetAsync(Actor actor);

    /// <summary>State and revision without a person, for the round and for operators.</summary>
    [Alias("info")]
    Task<SubmissionInfo> GetInfoAsync();

    /// <summary>
    /// What the submission last told (or should have told) its round: state, revision and, once final,
    /// the KPI values. Null when it was never opened. Interleaves with a transition under way, which may
    /// itself be waiting on the round that asks.
    /// </summary>
    [Alias("status-report"), Orleans.Concurrency.AlwaysInterleave]
    Task<Rounds.SubmissionStatusReport?> GetStatusReportAsync();

    [Alias("audit")]
    Task<Outcome<IReadOnlyList<WorkflowAuditEntry>>> GetAuditAsync(Actor actor);

    /// <summary>
    /// The KPI values a reviewer should see: the stored ones once the workflow computed them in a final
    /// state, otherwise computed now from the latest validated data and the cluster's approved history,
    /// without storing anything. Null when the round has no KPI pack or the submission was never opened.
    /// </summary>
    [Alias("preview-kpis")]
    Task<KpiClusterResult?> PreviewKpisAsync();

    /// <summary>The workflow this submission runs on, as a Mermaid state diagram.</summary>
    [Alias("mermaid")]
    Task<Outcome<string>> GetMermaidAsync();
}
