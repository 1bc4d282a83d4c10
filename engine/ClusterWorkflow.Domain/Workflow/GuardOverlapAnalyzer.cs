namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// Finds transitions from the same state with the same trigger that could fire together.
/// What it proves: two unguarded transitions, or one unguarded beside a guarded one, or two
/// identical guards, always overlap (errors). Two guards are proven exclusive when one is the
/// negation of the other (<c>!(g)</c>), or both compare the same name with the same kind of
/// literal in a way that cannot both hold (<c>x == 'a'</c> / <c>x == 'b'</c>, <c>n &gt; 0</c> / <c>n &lt;= 0</c>).
/// Anything else cannot be decided without running the scripts: a warning, and at run time a fire
/// where both guards are true is refused as ambiguous rather than picking one.
/// </summary>
internal static class GuardOverlapAnalyzer
{
    public static void Check(WorkflowDefinition definition, List<WorkflowProblem> problems)
    {
        var groups = definition.Transitions
            .Select((transition, index) => (transition, index))
            .Where(x => !string.IsNullOrEmpty(x.transition.From) && !string.IsNullOrEmpty(x.transition.Trigger))
            .GroupBy(x => (x.transition.From, x.transition.Trigger));
        foreach (var group in groups)
        {
            var members = group.ToList();
            for (var b = 1; b < members.Count; b++)
            {
                for (var a = 0; a < b; a++)
                {
                    if (Compare(members[a], members[b]) is { } problem)
                    {
                        problems.Add(problem);
                    }
                }
            }
        }
    }

    private static WorkflowProblem? Compare((WorkflowTransitionDefinition Transition, int Index) first, (WorkflowTransitionDefinition Transition, int Index) second)
    {
        var (a, b) = (first.Transition, second.Transition);
        var path = $"$.transitions[{second.Index}]";
        var other = $"$.transitions[{first.Index}]";
        var what = $"\"{b.Trigger}\" from \"{b.From}\"";
        var guardA = GuardExpression.Normalize(a.Guard);
        var guardB = GuardExpression.Normalize(b.Guard);
        if (guardA == guardB && a.To == b.To)
        {
            return WorkflowProblem.Error(path, $"Duplicate trigger: {what} to \"{b.To}\" is already defined at {other}; remove one.");
        }
        if (guardA is null && guardB is null)
        {
            return WorkflowProblem.Error(path, $"{what} is defined twice without guards ({other} goes to \"{a.To}\", this one to \"{b.To}\"), so both would fire together; use different triggers or add guards that exclude each other.");
        }
        if (guardA is null || guardB is null)
        {
            return WorkflowProblem.Error(path, $"{what} has an unguarded transition and a guarded one ({other}); whenever the guard is true both would fire. Guard both, with conditions that exclude each other.");
        }
        if (guardA == guardB)
        {
            return WorkflowProblem.Error(path, $"{what} has the same guard as {other}, so both would fire together; make the guards exclude each other.");
        }
        if (GuardExpression.ProvablyExclusive(guardA, guardB))
        {
            return null;
        }
        return WorkflowProblem.Warning(path, $"{what} and {other} have guards that cannot be proven to exclude each other; if both are true when fired, the action is refused as ambiguous. Write one guard as the negation of the other, e.g. \"!({a.Guard?.Trim()})\".");
    }
}
