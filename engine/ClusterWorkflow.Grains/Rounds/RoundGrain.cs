using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Grains.Submissions;

namespace ClusterWorkflow.Grains.Rounds;

/// <summary>
/// A monitoring round: opens one submission per cluster from a plan, follows their progress, flags
/// overdue ones (hourly reminder) and computes the KPI roll-ups when it closes.
/// </summary>
[GrainType("round")]
public sealed class RoundGrain(
    [PersistentState("round", StoreNames.Main)] IPersistentState<RoundState> state,
    WorkflowEngine engine,
    FormValidator forms,
    KpiEvaluator kpis,
    TimeProvider clock) : Grain, IRoundGrain, IRemindable
{
    /// <summary>The overdue check's reminder; hourly is enough for a due date given in days.</summary>
    public const string OverdueReminder = "overdue";

    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromHours(1);

    private RoundState S => state.State;

    private (string ProgramId, string Period) Key
    {
        get
        {
            var parts = this.GetPrimaryKeyString().Split(RoundKey.Separator, 2);
            return (parts[0], parts.Length > 1 ? parts[1] : "");
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Status == RoundStatus.Open)
        {
            await this.RegisterOrUpdateReminder(OverdueReminder, ReminderPeriod, ReminderPeriod);
        }
    }

    public async Task<Outcome<RoundInfo>> OpenAsync(Actor actor, RoundPlan plan)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<RoundInfo>.Fail(OutcomeStatus.Forbidden, "not-a-program-manager", $"Only a program manager may open a round; '{actor.UserId}' is not one.");
        }
        var fingerprint = PlanFingerprint.Of(plan);
        if (S.Status != RoundStatus.NotOpened)
        {
            if (S.PlanFingerprint != fingerprint)
            {
                return Outcome<RoundInfo>.Fail(OutcomeStatus.Conflict, "already-open", $"Round '{this.GetPrimaryKeyString()}' is {S.Status.ToString().ToLowerInvariant()} with another plan; a round's plan does not change once opened.");
            }
            // The same plan again: an earlier attempt may have failed part-way, so open what it missed
            // (opening a submission twice changes nothing).
            return S.Status == RoundStatus.Open ? await OpenSubmissionsAsync(S.Plan!) : Outcome<RoundInfo>.Ok(Info());
        }
        var problems = RoundPlanCheck.Problems(Key.ProgramId, Key.Period, plan, engine, forms);
        if (problems.Count > 0)
        {
            return Outcome<RoundInfo>.Invalid(problems);
        }
        var initial = engine.Load(plan.Workflow.Json).Definition!.InitialState;
        S.Plan = plan;
        S.PlanFingerprint = fingerprint;
        S.DueDate = plan.DueDate;
        S.ClusterIds = plan.Clusters.Select(c => c.Id).ToList();
        S.Clusters = plan.Clusters.ToDictionary(c => c.Id, c => new RoundClusterEntry { Profile = c, WorkflowState = initial }, StringComparer.Ordinal);
        S.Status = RoundStatus.Open;
        S.OpenedBy = actor.UserId;
        S.OpenedAt = clock.GetUtcNow();
        await PersistAsync();
        await this.RegisterOrUpdateReminder(OverdueReminder, ReminderPeriod, ReminderPeriod);
        return await OpenSubmissionsAsync(plan);
    }

    public async Task<Outcome<RoundInfo>> CloseAsync(Actor actor)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<RoundInfo>.Fail(OutcomeStatus.Forbidden, "not-a-program-manager", $"Only a program manager may close a round; '{actor.UserId}' is not one.");
        }
        if (S.Status != RoundStatus.Open)
        {
            return S.Status == RoundStatus.Closed
                ? Outcome<RoundInfo>.Ok(Info())
                : Outcome<RoundInfo>.Fail(OutcomeStatus.NotFound, "not-open", $"Round '{this.GetPrimaryKeyString()}' was never opened.");
        }
        await CatchUpAsync();
        S.Rollup = S.Plan!.KpiPack is { } pack ? KpiRollup.Compute(pack, ClusterResults(pack), Key.ProgramId) : null;
        S.Status = RoundStatus.Closed;
        S.ClosedBy = actor.UserId;
        S.ClosedAt = clock.GetUtcNow();
        await PersistAsync();
        if (await this.GetReminder(OverdueReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        return Outcome<RoundInfo>.Ok(Info());
    }

    public Task<RoundInfo> GetAsync() => Task.FromResult(Info());

    public Task<RoundProgress> GetProgressAsync() => Task.FromResult(RoundProgressCalculator.Compute(S, Today()));

    public Task<KpiRollupResult?> GetRollupAsync() => Task.FromResult(S.Rollup);

    public Task<RoundPlan?> GetPlanAsync() => Task.FromResult(S.Plan);

    public Task<IReadOnlyList<RoundClusterStatus>> GetClustersAsync() =>
        Task.FromResult<IReadOnlyList<RoundClusterStatus>>(RoundProgressCalculator.Statuses(S, Today()));

    public async Task ReportAsync(SubmissionStatusReport report)
    {
        if (Apply(report))
        {
            await PersistAsync();
        }
    }

    // A submission tells the round after it stored a transition; a tell lost with a silo (and never
    // retried) would leave the round behind for good, so closing asks every submission where it stands.
    private async Task CatchUpAsync()
    {
        var roundKey = this.GetPrimaryKeyString();
        var reports = await Task.WhenAll(S.Clusters.Keys.Select(clusterId =>
            GrainFactory.GetGrain<ISubmissionGrain>(SubmissionKey.For(roundKey, clusterId)).GetStatusReportAsync()));
        foreach (var report in reports.OfType<SubmissionStatusReport>())
        {
            Apply(report);
        }
    }

    /// <summary>Takes a report newer than what the round holds for its cluster; says whether it did.</summary>
    private bool Apply(SubmissionStatusReport report)
    {
        if (!S.Clusters.TryGetValue(report.ClusterId, out var entry) || report.Revision <= entry.Revision)
        {
            return false;
        }
        entry.WorkflowState = report.WorkflowState;
        entry.Final = report.Final;
        entry.Revision = report.Revision;
        entry.LastChange = report.At;
        entry.Kpis = report.Kpis ?? entry.Kpis;
        return true;
    }

    public async Task<IReadOnlyList<string>> CheckOverdueAsync()
    {
        if (S.Status != RoundStatus.Open || S.DueDate is not { } due || Today() <= due)
        {
            return [];
        }
        var late = S.Clusters.Values.Where(e => !e.Final && !e.OverdueNotified).ToList();
        if (late.Count == 0)
        {
            return [];
        }
        late.ForEach(e => e.OverdueNotified = true);
        await PersistAsync();
        var now = clock.GetUtcNow();
        await Task.WhenAll(late.Select(e =>
        {
            var key = SubmissionKey.For(this.GetPrimaryKeyString(), e.Profile.Id);
            var item = new InboxItem($"{key}~overdue", InboxItemKinds.Overdue, $"{e.Profile.Name} ({Key.Period}) is overdue: it was due on {due:yyyy-MM-dd}", key, now, due);
            return GrainFactory.GetGrain<IInboxGrain>(e.Profile.TsaId).AddAsync(item);
        }));
        return late.Select(e => e.Profile.Id).Order(StringComparer.Ordinal).ToList();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == OverdueReminder ? CheckOverdueAsync() : Task.CompletedTask;

    /// <summary>Records the round under its program and opens every cluster's submission; what failed is answered with a way to retry.</summary>
    private async Task<Outcome<RoundInfo>> OpenSubmissionsAsync(RoundPlan plan)
    {
        await GrainFactory.GetGrain<IProgramRoundsGrain>(Key.ProgramId).AddAsync(Key.Period);
        var opened = await Task.WhenAll(plan.Clusters.Select((c, i) => OpenSubmissionAsync(plan, i)));
        var failed = opened.SelectMany(o => o.Problems).ToList();
        return failed.Count == 0 ? Outcome<RoundInfo>.Ok(Info()) : new Outcome<RoundInfo>(Info(), OutcomeStatus.Invalid, failed);
    }

    private async Task<Outcome<SubmissionInfo>> OpenSubmissionAsync(RoundPlan plan, int index)
    {
        var cluster = plan.Clusters[index];
        var slice = new SubmissionPlan(Key.ProgramId, plan.Period, plan.DueDate, cluster, plan.Workflow, plan.ClusterForm, plan.RosterForm, plan.KpiPack,
            plan.DistrictReviewers.GetValueOrDefault(cluster.District) ?? [],
            plan.StateReviewers.GetValueOrDefault(cluster.State) ?? []);
        try
        {
            return await GrainFactory.GetGrain<ISubmissionGrain>(SubmissionKey.For(this.GetPrimaryKeyString(), cluster.Id)).InitializeAsync(slice);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One cluster's failure (storage, a silo going away) must not hide the others that opened.
            return Outcome<SubmissionInfo>.Fail(OutcomeStatus.Invalid, "cluster-not-opened",
                $"The submission of cluster '{cluster.Id}' could not be opened ({ex.Message}); open the round again with the same plan to retry — what is open stays as it is.",
                $"clusters[{index}]");
        }
    }

    /// <summary>Approved clusters with their KPI values; the others only with the round's facts, so completeness counts them as missing.</summary>
    private List<KpiClusterResult> ClusterResults(KpiPack pack) => S.Clusters.Values
        .Select(e => e.Final && e.Kpis is not null
            ? e.Kpis
            : kpis.Evaluate(pack, new KpiClusterInput
            {
                ClusterId = e.Profile.Id,
                Geography = SubmissionKpiInput.Geography(e.Profile),
                Period = Key.Period,
                Reported = false,
                Round = new KpiRoundFacts { Expected = true, DueDate = S.DueDate },
            }))
        .ToList();

    private async Task PersistAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Keep memory equal to what is stored: the change did not happen, so a retry (or another plan) starts clean.
            await state.ReadStateAsync();
            throw;
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private RoundInfo Info()
    {
        var (programId, period) = Key;
        return new RoundInfo(programId, period, S.Status, S.DueDate, [.. S.ClusterIds],
            S.Plan?.Workflow.Id, S.Plan?.Workflow.Version, S.OpenedBy, S.OpenedAt, S.ClosedBy, S.ClosedAt);
    }
}
