namespace ClusterWorkflow.Domain.Workflow;

/// <summary>The shape of the state graph: every state reachable from the start, no dead ends, a way to finish.</summary>
internal static class WorkflowGraphCheck
{
    public static void Check(WorkflowDefinition definition, Dictionary<string, WorkflowStateDefinition> states, List<WorkflowProblem> problems)
    {
        var edges = definition.Transitions
            .Where(t => states.ContainsKey(t.From) && states.ContainsKey(t.To))
            .ToList();
        var reachable = states.ContainsKey(definition.InitialState)
            ? Closure([definition.InitialState], edges.ToLookup(t => t.From, t => t.To))
            : null;
        var canFinish = Closure(states.Values.Where(s => s.Final).Select(s => s.Id), edges.ToLookup(t => t.To, t => t.From));
        var hasWayOut = edges.Select(t => t.From).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            if (!states.TryGetValue(state.Id, out var known) || !ReferenceEquals(known, state))
            {
                continue; // an invalid or duplicate id is already reported
            }
            var path = $"$.states[{i}]";
            if (reachable is not null && !reachable.Contains(state.Id))
            {
                problems.Add(WorkflowProblem.Error(path, $"State \"{state.Id}\" cannot be reached from the initial state \"{definition.InitialState}\"; add a transition into it or remove it."));
            }
            if (!state.Final && !hasWayOut.Contains(state.Id))
            {
                problems.Add(WorkflowProblem.Error(path, $"State \"{state.Id}\" is not final and has no way out, so a submission there would be stuck; add a transition from it or mark it \"final\": true."));
            }
            else if (!state.Final && !canFinish.Contains(state.Id))
            {
                problems.Add(WorkflowProblem.Warning(path, $"From state \"{state.Id}\" no final state can be reached, so a submission there can never finish; add a path to a final state."));
            }
        }
    }

    private static HashSet<string> Closure(IEnumerable<string> start, ILookup<string, string> next)
    {
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var state))
        {
            foreach (var neighbour in next[state])
            {
                if (seen.Add(neighbour))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }
        return seen;
    }
}
