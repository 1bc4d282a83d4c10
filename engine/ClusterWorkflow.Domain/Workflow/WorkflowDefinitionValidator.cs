using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// Checks a definition when it is saved and collects every problem in one pass, each with the JSON
/// path of the offending value: names, references to states and roles, entry actions, guard syntax,
/// duplicates and transitions that could fire together, unreachable states and dead ends.
/// </summary>
public sealed partial class WorkflowDefinitionValidator(WorkflowOptions options, IWorkflowGuardEvaluator guards)
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex IdentifierPattern();

    public IReadOnlyList<WorkflowProblem> Validate(WorkflowDefinition definition)
    {
        var problems = new List<WorkflowProblem>();
        CheckHeader(definition, problems);
        var states = CheckStates(definition, problems);
        CheckTransitions(definition, states, problems);
        GuardOverlapAnalyzer.Check(definition, problems);
        WorkflowGraphCheck.Check(definition, states, problems);
        return problems;
    }

    private static void CheckHeader(WorkflowDefinition definition, List<WorkflowProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            problems.Add(WorkflowProblem.Error("$.id", "The workflow has no id; give it a stable id such as \"pilot-review\"."));
        }
        if (definition.Version < 1)
        {
            problems.Add(WorkflowProblem.Error("$.version", $"The version is {definition.Version}; versions start at 1 and go up with every saved change."));
        }
    }

    private Dictionary<string, WorkflowStateDefinition> CheckStates(WorkflowDefinition definition, List<WorkflowProblem> problems)
    {
        var states = new Dictionary<string, WorkflowStateDefinition>(StringComparer.Ordinal);
        if (definition.States.Count == 0)
        {
            problems.Add(WorkflowProblem.Error("$.states", "The workflow has no states; list at least a start state and a final state."));
        }
        if (definition.States.Count > options.MaxStates)
        {
            problems.Add(WorkflowProblem.Error("$.states", $"The workflow has {definition.States.Count} states; the limit is {options.MaxStates}."));
        }
        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            var path = $"$.states[{i}]";
            if (!IsIdentifier(state.Id))
            {
                problems.Add(WorkflowProblem.Error($"{path}.id", $"\"{state.Id}\" is not a valid state id; use a letter followed by letters, digits, '_' or '-' (at most 64), e.g. \"DistrictReview\"."));
            }
            else if (!states.TryAdd(state.Id, state))
            {
                problems.Add(WorkflowProblem.Error($"{path}.id", $"State \"{state.Id}\" is defined twice; state ids must be unique. Rename or remove one."));
            }
            for (var a = 0; a < state.OnEntry.Count; a++)
            {
                if (!WorkflowActionNames.TryParse(state.OnEntry[a], out _))
                {
                    problems.Add(WorkflowProblem.Error($"{path}.onEntry[{a}]", $"\"{state.OnEntry[a]}\" is not an entry action; use one of {string.Join(", ", WorkflowActionNames.All)}."));
                }
            }
        }
        if (string.IsNullOrWhiteSpace(definition.InitialState))
        {
            problems.Add(WorkflowProblem.Error("$.initialState", "The initial state is missing; name the state a new submission starts in, e.g. \"Assigned\"."));
        }
        else if (!states.ContainsKey(definition.InitialState))
        {
            problems.Add(WorkflowProblem.Error("$.initialState", $"The initial state \"{definition.InitialState}\" is not one of the states ({KnownStates(states)})."));
        }
        if (definition.States.Count > 0 && !definition.States.Any(s => s.Final))
        {
            problems.Add(WorkflowProblem.Error("$.states", "No state is final, so a submission could never finish; mark the end state (e.g. \"Approved\") with \"final\": true."));
        }
        return states;
    }

    private void CheckTransitions(WorkflowDefinition definition, Dictionary<string, WorkflowStateDefinition> states, List<WorkflowProblem> problems)
    {
        if (definition.Transitions.Count > options.MaxTransitions)
        {
            problems.Add(WorkflowProblem.Error("$.transitions", $"The workflow has {definition.Transitions.Count} transitions; the limit is {options.MaxTransitions}."));
        }
        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var transition = definition.Transitions[i];
            var path = $"$.transitions[{i}]";
            if (!IsIdentifier(transition.Trigger))
            {
                problems.Add(WorkflowProblem.Error($"{path}.trigger", $"\"{transition.Trigger}\" is not a valid trigger; use a letter followed by letters, digits, '_' or '-', e.g. \"approve\"."));
            }
            CheckStateReference(transition.From, $"{path}.from", "from", states, problems);
            CheckStateReference(transition.To, $"{path}.to", "to", states, problems);
            if (states.TryGetValue(transition.From, out var from) && from.Final)
            {
                problems.Add(WorkflowProblem.Error($"{path}.from", $"State \"{from.Id}\" is final, so nothing may leave it; remove this transition or take \"final\" off the state."));
            }
            CheckRoles(transition, path, problems);
            CheckGuard(transition, path, problems);
        }
    }

    private static void CheckStateReference(string state, string path, string side, Dictionary<string, WorkflowStateDefinition> states, List<WorkflowProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(state))
        {
            problems.Add(WorkflowProblem.Error(path, $"The transition has no \"{side}\" state; name one of {KnownStates(states)}."));
        }
        else if (!states.ContainsKey(state))
        {
            problems.Add(WorkflowProblem.Error(path, $"Unknown state \"{state}\"; use one of {KnownStates(states)} or add the state."));
        }
    }

    private static void CheckRoles(WorkflowTransitionDefinition transition, string path, List<WorkflowProblem> problems)
    {
        if (transition.Roles.Count == 0)
        {
            problems.Add(WorkflowProblem.Error($"{path}.roles", $"Nobody may fire \"{transition.Trigger}\"; list at least one of the roles {string.Join(", ", WorkflowRoles.All)}."));
        }
        for (var r = 0; r < transition.Roles.Count; r++)
        {
            if (!WorkflowRoles.IsKnown(transition.Roles[r]))
            {
                problems.Add(WorkflowProblem.Error($"{path}.roles[{r}]", $"Unknown role \"{transition.Roles[r]}\"; use one of {string.Join(", ", WorkflowRoles.All)}."));
            }
        }
    }

    private void CheckGuard(WorkflowTransitionDefinition transition, string path, List<WorkflowProblem> problems)
    {
        if (transition.Guard is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(transition.Guard))
        {
            problems.Add(WorkflowProblem.Error($"{path}.guard", "The guard is empty; write a condition such as \"validation.errorCount == 0\" or remove the guard."));
        }
        else if (transition.Guard.Length > options.MaxGuardChars)
        {
            problems.Add(WorkflowProblem.Error($"{path}.guard", $"The guard has {transition.Guard.Length:N0} characters; the limit is {options.MaxGuardChars:N0}. A guard is a condition: move calculations into the form or a KPI."));
        }
        else if (guards.CheckSyntax($"{path}.guard", transition.Guard) is { } error)
        {
            problems.Add(WorkflowProblem.Error($"{path}.guard", $"The guard is not valid JavaScript: {error}"));
        }
    }

    private static bool IsIdentifier(string? value) => value is not null && IdentifierPattern().IsMatch(value);

    private static string KnownStates(Dictionary<string, WorkflowStateDefinition> states) =>
        states.Count == 0 ? "(no states defined)" : string.Join(", ", states.Keys);
}
