namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// A validated definition, indexed for running. Immutable and thread-safe: compile once per
/// definition version and share it; each submission gets its own <see cref="WorkflowMachine"/>.
/// </summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<(string State, string Trigger), List<IndexedTransition>> _byStateAndTrigger;
    private readonly Dictionary<string, WorkflowStateDefinition> _states;

    internal CompiledWorkflow(WorkflowDefinition definition, IWorkflowGuardEvaluator guards, WorkflowOptions options, TimeProvider clock)
    {
        Definition = definition;
        Guards = guards;
        Options = options;
        Clock = clock;
        _states = definition.States.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _byStateAndTrigger = definition.Transitions
            .Select((transition, index) => new IndexedTransition(index, transition))
            .GroupBy(t => (t.Transition.From, t.Transition.Trigger))
            .ToDictionary(g => g.Key, g => g.ToList());
        Triggers = definition.Transitions.Select(t => t.Trigger).Distinct(StringComparer.Ordinal).ToList();
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>Every trigger of the workflow, in order of first appearance.</summary>
    public IReadOnlyList<string> Triggers { get; }

    internal IWorkflowGuardEvaluator Guards { get; }

    internal WorkflowOptions Options { get; }

    internal TimeProvider Clock { get; }

    /// <summary>The workflow record of a new submission, in the initial state at revision 0.</summary>
    public SubmissionWorkflow Start() => new()
    {
        DefinitionId = Definition.Id,
        DefinitionVersion = Definition.Version,
        CurrentState = Definition.InitialState,
    };

    /// <summary>The entry actions of the initial state, for the caller to perform when it creates a submission.</summary>
    public IReadOnlyList<WorkflowAction> InitialActions => EntryActions(Definition.InitialState);

    public bool IsFinal(string state) => _states.TryGetValue(state, out var s) && s.Final;

    /// <summary>
    /// What <paramref name="actor"/> may do in <paramref name="state"/>, by role and scope; guards are
    /// not evaluated (they depend on the data at fire time), so <see cref="PermittedAction.Guarded"/> says which may still be refused.
    /// </summary>
    public IReadOnlyList<PermittedAction> PermittedActions(string state, WorkflowActor actor, IActorScope scope) =>
        Triggers
            .Where(trigger => _byStateAndTrigger.ContainsKey((state, trigger)))
            .Select(trigger => _byStateAndTrigger[(state, trigger)]
                .Where(t => AllowedRoles(t.Transition, actor).Any(role => scope.Covers(actor, role)))
                .ToList())
            .Where(allowed => allowed.Count > 0)
            .Select(allowed => new PermittedAction
            {
                Trigger = allowed[0].Transition.Trigger,
                Label = allowed[0].Transition.Label ?? allowed[0].Transition.Trigger,
                CommentRequired = allowed.Any(t => t.Transition.CommentRequired),
                Guarded = allowed.Any(t => t.Transition.Guard is not null),
                Targets = allowed.Select(t => t.Transition.To).Distinct(StringComparer.Ordinal).ToList(),
            })
            .ToList();

    /// <summary>A machine over a workflow record the caller owns: read and write go to the caller's state.</summary>
    public WorkflowMachine CreateMachine(Func<SubmissionWorkflow> read, Action<SubmissionWorkflow> write) => new(this, read, write);

    /// <summary>Fires once on a record without keeping a machine; the result carries the new record.</summary>
    public WorkflowFireResult Fire(SubmissionWorkflow workflow, WorkflowFireRequest request)
    {
        var holder = workflow;
        return CreateMachine(() => holder, updated => holder = updated).Fire(request);
    }

    /// <summary>The definition as a Mermaid state diagram: every state and every trigger.</summary>
    public string ToMermaid() => WorkflowMermaid.Render(Definition);

    internal IReadOnlyList<IndexedTransition> TransitionsFrom(string state, string trigger) =>
        _byStateAndTrigger.TryGetValue((state, trigger), out var list) ? list : [];

    internal IEnumerable<string> TriggersFrom(string state) => Triggers.Where(t => _byStateAndTrigger.ContainsKey((state, t)));

    /// <summary>The actions a state performs on entry, in the order its definition lists them.</summary>
    public IReadOnlyList<WorkflowAction> EntryActions(string state) =>
        _states.TryGetValue(state, out var s)
            ? s.OnEntry.Select(name => WorkflowActionNames.TryParse(name, out var action) ? action : (WorkflowAction?)null)
                .OfType<WorkflowAction>().ToList()
            : [];

    internal static IEnumerable<string> AllowedRoles(WorkflowTransitionDefinition transition, WorkflowActor actor) =>
        transition.Roles.Where(role => actor.Roles.Contains(role, StringComparer.Ordinal));
}
