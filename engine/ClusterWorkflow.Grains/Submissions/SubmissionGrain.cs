using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// One cluster's submission in one round. Loads its state, asks the workflow domain whether a
/// command may happen, performs the entry actions the domain returns (validate, compute KPIs),
/// persists, then tells the others (cluster history, inboxes, the round).
/// </summary>
[GrainType("submission")]
public sealed class SubmissionGrain(
    [PersistentState("submission", StoreNames.Main)] IPersistentState<SubmissionState> state,
    WorkflowEngine engine,
    FormValidator forms,
    KpiEvaluator kpis,
    TimeProvider clock) : Grain, ISubmissionGrain
{
    private SubmissionDefinitions? _definitions;

    private string Key => this.GetPrimaryKeyString();

    private SubmissionState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // State read back from JSON storage holds JsonElements; the domain wants plain values.
        S.DataRevisions = S.DataRevisions.Select(r => r with { Data = PlainData.Copy(r.Data) }).ToList();
        S.Cleaned = S.Cleaned is null ? null : PlainData.Copy(S.Cleaned);
        return Task.CompletedTask;
    }

    public async Task<Outcome<SubmissionInfo>> InitializeAsync(SubmissionPlan plan)
    {
        if (SubmissionKey.For(plan.RoundKey, plan.Cluster.Id) != Key)
        {
            return Outcome<SubmissionInfo>.Fail(OutcomeStatus.Invalid, "wrong-key", $"The plan is for '{SubmissionKey.For(plan.RoundKey, plan.Cluster.Id)}', not for submission '{Key}'.");
        }
        if (S.Plan is { } existing)
        {
            return PlanFingerprint.Of(existing) == PlanFingerprint.Of(plan)
                ? Outcome<SubmissionInfo>.Ok(Info())
                : Outcome<SubmissionInfo>.Fail(OutcomeStatus.Conflict, "plan-differs", $"Submission '{Key}' was opened with another plan; a round's plan does not change once it is open.");
        }
        var (definitions, problems) = SubmissionDefinitions.Load(plan.Workflow, plan.ClusterForm, plan.RosterForm, engine, forms);
        if (definitions is null)
        {
            return Outcome<SubmissionInfo>.Invalid(problems);
        }
        _definitions = definitions;
        S.Plan = plan;
        SetWorkflow(definitions.Workflow.Start());
        await PersistAsync();
        await GrainFactory.GetGrain<IInboxGrain>(plan.Cluster.TsaId).AddAsync(SubmissionNotices.Task(Key, plan, clock.GetUtcNow()));
        return Outcome<SubmissionInfo>.Ok(Info());
    }

    public async Task<Outcome<SubmissionView>> SaveDraftAsync(Actor actor, SubmissionData data, long basedOnRevision, string requestId)
    {
        if (Refuse(actor, requestId) is { } refused)
        {
            return refused;
        }
        var definitions = Definitions()!;
        var workflow = S.Workflow!;
        var cluster = S.Plan!.Cluster;
        if (S.DataRevisions.Exists(r => r.RequestId == requestId))
        {
            return View(actor);
        }
        if (!ClusterScope.Covers(actor, cluster, WorkflowRoles.Tsa))
        {
            return Fail(OutcomeStatus.Forbidden, "not-the-tsa", $"Only the TSA of cluster '{cluster.Id}' ({cluster.TsaId}) may save its data; '{actor.UserId}' is not.");
        }
        if (!definitions.TsaEditableStates.Contains(workflow.CurrentState, StringComparer.Ordinal))
        {
            return Fail(OutcomeStatus.Conflict, "not-editable",
                $"The submission is '{definitions.StateLabel(workflow.CurrentState)}'; the TSA can change its data only in: {string.Join(", ", definitions.TsaEditableStates)}.");
        }
        if (basedOnRevision != workflow.Revision)
        {
            return Fail(OutcomeStatus.Conflict, "stale-revision",
                $"The submission changed since revision {basedOnRevision} (it is at revision {workflow.Revision}); reload it and save again.", "basedOnRevision");
        }
        var next = workflow.WithNewRevision();
        S.DataRevisions.Add(new DataRevision(S.DataRevisions.Count + 1, next.Revision, PlainData.Copy(data), actor.UserId, clock.GetUtcNow(), requestId));
        SetWorkflow(next);
        EnsureValidated();
        await PersistAsync();
        return View(actor);
    }

    public async Task<Outcome<SubmissionView>> FireAsync(Actor actor, string trigger, string? comment, long basedOnRevision, string requestId)
    {
        if (Refuse(actor, requestId) is { } refused)
        {
            return refused;
        }
        var definitions = Definitions()!;
        var result = definitions.Workflow.Fire(S.Workflow!, new WorkflowFireRequest
        {
            Trigger = trigger,
            Actor = ClusterScope.ToWorkflowActor(actor),
            BasedOnRevision = basedOnRevision,
            Scope = ClusterScope.For(actor, S.Plan!.Cluster),
            Comment = comment,
            RequestId = requestId,
            GuardVariables = GuardVariables,
        });
        if (result.Duplicate)
        {
            await new SubmissionEffects(GrainFactory, Key, S, definitions, kpis, clock).RetellAsync(result.Audit!);
            return View(actor);
        }
        if (result.Refusal is { } refusal)
        {
            return Refusal(refusal);
        }
        SetWorkflow(result.Workflow);
        var effects = new SubmissionEffects(GrainFactory, Key, S, definitions, kpis, clock);
        var tells = new List<Func<Task>>
        {
            () => AuditDay.AppendAsync(GrainFactory, TransitionAudit.Of(Key, result.Audit!)),
            () => effects.MoveTasksAsync(result.Audit!),
        };
        foreach (var action in result.Actions)
        {
            switch (action)
            {
                case WorkflowAction.Validate:
                    EnsureValidated();
                    break;
                case WorkflowAction.ComputeKpis:
                    EnsureValidated();
                    await effects.ComputeKpisAsync(result.Audit!);
                    break;
                case WorkflowAction.Publish:
                    tells.Add(() => effects.PublishAsync(result.Audit!));
                    break;
                case WorkflowAction.Notify:
                    tells.Add(() => effects.NotifyAsync(result.Audit!));
                    break;
                default:
                    // Rendering the review report is the reporting subsystem's job; it renders on request.
                    break;
            }
        }
        await PersistAsync();
        foreach (var tell in tells)
        {
            await tell();
        }
        await effects.ReportToRoundAsync();
        return View(actor);
    }

    public Task<Outcome<SubmissionView>> GetAsync(Actor actor) =>
        Task.FromResult(Readable(actor) is { } problem ? Fail(problem.Status, problem.Problems[0].Code, problem.Problems[0].Message) : View(actor));

    public Task<SubmissionInfo> GetInfoAsync() => Task.FromResult(Info());

    public Task<SubmissionStatusReport?> GetStatusReportAsync() => Task.FromResult(
        S.Workflow is not null && Definitions() is { } definitions
            ? new SubmissionEffects(GrainFactory, Key, S, definitions, kpis, clock).StatusReport()
            : null);

    public Task<Outcome<IReadOnlyList<WorkflowAuditEntry>>> GetAuditAsync(Actor actor) => Task.FromResult(
        Readable(actor) is { } problem
            ? new Outcome<IReadOnlyList<WorkflowAuditEntry>>(null, problem.Status, problem.Problems)
            : Outcome<IReadOnlyList<WorkflowAuditEntry>>.Ok([.. S.Workflow!.Audit]));

    public async Task<KpiClusterResult?> PreviewKpisAsync()
    {
        if (Definitions() is not { } definitions || S.Plan?.KpiPack is null)
        {
            return null;
        }
        if (S.Kpis is not null && definitions.Workflow.IsFinal(S.Workflow!.CurrentState))
        {
            return S.Kpis;
        }
        // Validation is a cache of the data, so filling it here changes nothing stored.
        EnsureValidated();
        return await new SubmissionEffects(GrainFactory, Key, S, definitions, kpis, clock).EvaluateAsync(approvedOn: null);
    }

    public Task<Outcome<string>> GetMermaidAsync() => Task.FromResult(
        Definitions() is { } definitions
            ? Outcome<string>.Ok(definitions.Workflow.ToMermaid())
            : Outcome<string>.Fail(OutcomeStatus.NotFound, "not-open", $"Submission '{Key}' does not exist: its round was not opened for this cluster."));

    private SubmissionDefinitions? Definitions()
    {
        if (_definitions is null && S.Plan is { } plan)
        {
            _definitions = SubmissionDefinitions.Load(plan.Workflow, plan.ClusterForm, plan.RosterForm, engine, forms).Definitions;
        }
        return _definitions;
    }

    private Outcome<SubmissionView>? Refuse(Actor actor, string requestId)
    {
        if (Readable(actor) is { } problem)
        {
            return problem;
        }
        return string.IsNullOrWhiteSpace(requestId)
            ? Fail(OutcomeStatus.Invalid, "request-id-required", "Send a requestId made by the client (e.g. a GUID) so that a retried request counts once.", "requestId")
            : null;
    }

    private Outcome<SubmissionView>? Readable(Actor actor)
    {
        if (Definitions() is null)
        {
            return Fail(OutcomeStatus.NotFound, "not-open", $"Submission '{Key}' does not exist: its round was not opened for this cluster.");
        }
        var cluster = S.Plan!.Cluster;
        if (ClusterScope.CanReadWork(actor, cluster))
        {
            return null;
        }
        // Viewers read approved data only: a submission still under way is the TSA's and the reviewers'.
        if (ClusterScope.Covers(actor, cluster, WorkflowRoles.Viewer))
        {
            return Definitions()!.Workflow.IsFinal(S.Workflow!.CurrentState)
                ? null
                : Fail(OutcomeStatus.Forbidden, "not-approved", $"Viewers read approved submissions only; cluster '{cluster.Id}' is not approved yet in this round.");
        }
        return Fail(OutcomeStatus.Forbidden, "out-of-scope", $"'{actor.UserId}' may not see cluster '{cluster.Id}': it is outside their clusters, district or state.");
    }

    private IReadOnlyDictionary<string, object?> GuardVariables()
    {
        EnsureValidated();
        return SubmissionChecks.GuardVariables(S.Problems, S.Cleaned ?? SubmissionData.Empty, S.DataRevisions.Count, SubmissionEffects.KpiValues(S.Kpis));
    }

    /// <summary>Validates the latest data unless it already was; validation is derived, so it is kept only as a cache of the data.</summary>
    private void EnsureValidated()
    {
        if (S.ValidatedDataRevision == S.DataRevisions.Count)
        {
            return;
        }
        var latest = S.DataRevisions.Count == 0 ? SubmissionData.Empty : S.DataRevisions[^1].Data;
        var (problems, cleaned) = SubmissionChecks.Validate(forms, Definitions()!, latest);
        S.Problems = problems;
        S.Cleaned = cleaned;
        S.ValidatedDataRevision = S.DataRevisions.Count;
    }

    private async Task PersistAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Keep memory equal to what is stored: the command did not happen.
            await state.ReadStateAsync();
            _definitions = null;
            throw;
        }
    }

    private void SetWorkflow(SubmissionWorkflow workflow)
    {
        S.Workflow = workflow;
        S.State = workflow.CurrentState;
        S.Revision = workflow.Revision;
    }

    private SubmissionInfo Info()
    {
        var cut = Key.LastIndexOf(RoundKey.Separator);
        var final = S.Workflow is { } w && Definitions() is { } d && d.Workflow.IsFinal(w.CurrentState);
        return cut < 0
            ? new SubmissionInfo(Key, "", S.State, S.Revision, final)
            : new SubmissionInfo(Key[..cut], Key[(cut + 1)..], S.State, S.Revision, final);
    }

    private Outcome<SubmissionView> View(Actor actor) =>
        Outcome<SubmissionView>.Ok(SubmissionViews.For(Key, S, Definitions()!, actor, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));

    private Outcome<SubmissionView> Refusal(WorkflowRefusal refusal)
    {
        List<Problem> problems = [new Problem(RefusalStatus.Code(refusal.Reason), refusal.Message)];
        if (refusal.Reason == WorkflowRefusalReason.GuardFailed)
        {
            // Name the fields, so the TSA sees what to fix and where.
            problems.AddRange(S.Problems.Where(p => p.Severity == Domain.Forms.Severity.Error)
                .Select(p => new Problem("validation-error", p.Message, p.Path)));
        }
        return new Outcome<SubmissionView>(null, RefusalStatus.Of(refusal.Reason), problems);
    }

    private static Outcome<SubmissionView> Fail(OutcomeStatus status, string code, string message, string? field = null) =>
        Outcome<SubmissionView>.Fail(status, code, message, field);
}
