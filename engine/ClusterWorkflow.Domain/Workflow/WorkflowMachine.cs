using Stateless;
using Stateless.Graph;

namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// A Stateless state machine built from a <see cref="CompiledWorkflow"/> over a workflow record the
/// caller owns (Stateless' external state accessor and mutator), so the grain's persisted state is
/// the only truth and a machine can be rebuilt at any time. Not thread-safe: one per submission,
/// used by one caller at a time, as a grain naturally does.
/// </summary>
public sealed class WorkflowMachine
{
    private readonly CompiledWorkflow _workflow;
    private readonly Func<SubmissionWorkflow> _read;
    private readonly Action<SubmissionWorkflow> _write;
    private readonly StateMachine<string, string> _machine;
    private readonly Dictionary<string, StateMachine<string, string>.TriggerWithParameters<WorkflowActor, string?>> _triggers = new(StringComparer.Ordinal);
    private readonly List<WorkflowAction> _entryActions = [];

    // The transition the resolver chose; the Stateless guards let exactly this one through, so
    // Stateless never sees two true guards and our refusal messages stay ours.
    private int _chosen = -1;

    internal WorkflowMachine(CompiledWorkflow workflow, Func<SubmissionWorkflow> read, Action<SubmissionWorkflow> write)
    {
        _workflow = workflow;
        _read = read;
        _write = write;
        _machine = new StateMachine<string, string>(() => _read().CurrentState, state => _write(_read() with { CurrentState = state }));
        foreach (var trigger in workflow.Triggers)
        {
            _triggers[trigger] = _machine.SetTriggerParameters<WorkflowActor, string?>(trigger);
        }
        foreach (var state in workflow.Definition.States)
        {
            Configure(state);
        }
    }

    public CompiledWorkflow Workflow => _workflow;

    public string CurrentState => _read().CurrentState;

    /// <summary>What <paramref name="actor"/> may do now, by role and scope (see <see cref="CompiledWorkflow.PermittedActions"/>).</summary>
    public IReadOnlyList<PermittedAction> PermittedActions(WorkflowActor actor, IActorScope scope) =>
        _workflow.PermittedActions(CurrentState, actor, scope);

    /// <summary>Stateless' own DOT (Graphviz) export of the machine, guards shown by their expression or roles.</summary>
    public string ToDotGraph() => UmlDotGraph.Format(_machine.GetInfo());

    /// <summary>
    /// Fires a trigger. Accepted: the record is written through the caller's mutator with the new
    /// state, the next revision, the comment and an audit entry; the result lists the entry actions
    /// to perform. Refused: nothing is written and the result says why. Never throws for a person's mistake.
    /// </summary>
    public WorkflowFireResult Fire(WorkflowFireRequest request)
    {
        var before = _read();
        if (request.RequestId is { } requestId && before.Audit.LastOrDefault(a => a.RequestId == requestId) is { } done)
        {
            return new WorkflowFireResult { Workflow = before, Audit = done, Duplicate = true };
        }
        var resolution = TransitionResolver.Resolve(_workflow, before, request);
        if (resolution.Refusal is { } refusal)
        {
            return WorkflowFireResult.Refused(before, refusal);
        }
        _entryActions.Clear();
        _chosen = resolution.Chosen!.Index;
        try
        {
            _machine.Fire(_triggers[request.Trigger], request.Actor, request.Comment);
        }
        finally
        {
            _chosen = -1;
        }
        var after = Record(before, _read(), request, resolution.ActedAs!);
        _write(after);
        return new WorkflowFireResult { Workflow = after, Audit = after.Audit[^1], Actions = [.. _entryActions] };
    }

    private void Configure(WorkflowStateDefinition state)
    {
        var configuration = _machine.Configure(state.Id);
        var actions = _workflow.EntryActions(state.Id);
        if (actions.Count > 0)
        {
            configuration.OnEntry(() => _entryActions.AddRange(actions), string.Join(", ", state.OnEntry));
        }
        foreach (var trigger in _workflow.TriggersFrom(state.Id))
        {
            foreach (var (index, transition) in _workflow.TransitionsFrom(state.Id, trigger))
            {
                var description = transition.Guard?.Trim() ?? $"[{string.Join(", ", transition.Roles)}]";
                if (transition.To == state.Id)
                {
                    configuration.PermitReentryIf(_triggers[trigger], (_, _) => _chosen == index, description);
                }
                else
                {
                    configuration.PermitIf(_triggers[trigger], transition.To, (_, _) => _chosen == index, description);
                }
            }
        }
    }

    private WorkflowAuditEntry Entry(SubmissionWorkflow before, SubmissionWorkflow moved, WorkflowFireRequest request, string actedAs, string? comment) => new()
    {
        Sequence = before.Audit.Count + 1,
        ActorId = request.Actor.Id,
        ActorRoles = [.. request.Actor.Roles],
        ActedAs = actedAs,
        At = _workflow.Clock.GetUtcNow(),
        Trigger = request.Trigger,
        From = before.CurrentState,
        To = moved.CurrentState,
        Revision = before.Revision,
        Comment = comment,
        RequestId = request.RequestId,
    };

    private SubmissionWorkflow Record(SubmissionWorkflow before, SubmissionWorkflow moved, WorkflowFireRequest request, string actedAs)
    {
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var entry = Entry(before, moved, request, actedAs, comment);
        List<WorkflowComment> comments = [.. before.Comments];
        if (comment is not null)
        {
            comments.Add(new WorkflowComment { ActorId = entry.ActorId, At = entry.At, Trigger = entry.Trigger, State = entry.From, Revision = entry.Revision, Text = comment });
        }
        return moved with { Revision = before.Revision + 1, Audit = [.. before.Audit, entry], Comments = comments };
    }
}
