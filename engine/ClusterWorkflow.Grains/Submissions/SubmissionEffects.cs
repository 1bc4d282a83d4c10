using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// The entry actions a submission performs for the workflow and what it tells other grains: KPI
/// values (with the cluster's approved history), publication to the cluster's history, inbox
/// tasks and notices, and its state to the round. Every tell is idempotent, so a retry repeats nothing.
/// </summary>
internal sealed class SubmissionEffects(IGrainFactory grains, string key, SubmissionState state, SubmissionDefinitions definitions, KpiEvaluator kpis, TimeProvider clock)
{
    public async Task ComputeKpisAsync(WorkflowAuditEntry entry)
    {
        var approvedOn = definitions.Workflow.IsFinal(entry.To) ? DateOnly.FromDateTime(entry.At.UtcDateTime) : (DateOnly?)null;
        if (await EvaluateAsync(approvedOn) is { } result)
        {
            state.Kpis = result;
        }
    }

    /// <summary>The KPI values of the latest cleaned data with the cluster's approved history; null without a pack. Stores nothing.</summary>
    public async Task<KpiClusterResult?> EvaluateAsync(DateOnly? approvedOn)
    {
        var plan = state.Plan!;
        if (plan.KpiPack is not { } pack)
        {
            return null;
        }
        var history = await grains.GetGrain<IClusterGrain>(plan.Cluster.Id).GetHistoryAsync();
        var earlier = history.Where(p => p.Period != plan.Period).ToList();
        var input = SubmissionKpiInput.Build(plan, state.Cleaned ?? SubmissionData.Empty, earlier, approvedOn, kpis.Options.MaxHistoryLag);
        return kpis.Evaluate(pack, input);
    }

    public Task PublishAsync(WorkflowAuditEntry entry)
    {
        var approved = new ApprovedPeriod(state.Plan!.Period, state.Cleaned ?? SubmissionData.Empty, KpiValues(state.Kpis), key, state.Workflow!.Revision, entry.At);
        return grains.GetGrain<IClusterGrain>(state.Plan.Cluster.Id).PublishAsync(approved);
    }

    public Task NotifyAsync(WorkflowAuditEntry entry) => Task.WhenAll(
        SubmissionNotices.Notices(key, state.Plan!, definitions, entry)
            .Select(n => grains.GetGrain<IInboxGrain>(n.UserId).AddAsync(n.Item)));

    /// <summary>
    /// Closes the tasks of the people who could act in the state left and gives one to each person
    /// who can act in the state reached (closing first, so someone acting in both keeps one open task).
    /// </summary>
    public async Task MoveTasksAsync(WorkflowAuditEntry entry)
    {
        await Task.WhenAll(SubmissionNotices.Holders(state.Plan!, definitions, entry.From)
            .Select(user => grains.GetGrain<IInboxGrain>(user).CloseForSubmissionAsync(key)));
        await Task.WhenAll(SubmissionNotices.Tasks(key, state.Plan!, definitions, entry)
            .Select(n => grains.GetGrain<IInboxGrain>(n.UserId).AddAsync(n.Item)));
    }

    /// <summary>
    /// Tells again what a transition told, for a request sent again: the first answer may have been
    /// lost with a silo after the submission was stored but before the other grains heard of it.
    /// Tasks, notices and publication follow only the latest transition (a later one has moved them
    /// on); the round hears the submission's current state whatever the request was.
    /// </summary>
    public async Task RetellAsync(WorkflowAuditEntry entry)
    {
        if (state.Workflow!.Audit.LastOrDefault() is { } latest && latest.Sequence == entry.Sequence)
        {
            await MoveTasksAsync(entry);
            var actions = definitions.Workflow.EntryActions(entry.To);
            if (actions.Contains(WorkflowAction.Publish)) await PublishAsync(entry);
            if (actions.Contains(WorkflowAction.Notify)) await NotifyAsync(entry);
        }
        await ReportToRoundAsync();
    }

    public Task ReportToRoundAsync() => grains.GetGrain<IRoundGrain>(state.Plan!.RoundKey).ReportAsync(StatusReport());

    public SubmissionStatusReport StatusReport()
    {
        var workflow = state.Workflow!;
        var final = definitions.Workflow.IsFinal(workflow.CurrentState);
        return new SubmissionStatusReport(state.Plan!.Cluster.Id, workflow.CurrentState, final, workflow.Revision, clock.GetUtcNow(), final ? state.Kpis : null);
    }

    /// <summary>KPI values by id; a KPI that failed has no value.</summary>
    public static Dictionary<string, double?> KpiValues(KpiClusterResult? result) =>
        result?.Values.ToDictionary(k => k.Key, k => k.Value.Error is null ? k.Value.Value : null, StringComparer.Ordinal) ?? [];
}
