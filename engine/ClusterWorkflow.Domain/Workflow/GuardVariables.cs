namespace ClusterWorkflow.Domain.Workflow;

/// <summary>The variables a guard sees: the caller's (submission, validation, KPIs) plus <c>workflow</c>.</summary>
internal static class GuardVariables
{
    public const string WorkflowVariable = "workflow";

    public static IReadOnlyDictionary<string, object?> For(SubmissionWorkflow current, WorkflowFireRequest request)
    {
        var supplied = request.GuardVariables?.Invoke();
        var variables = supplied is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(supplied, StringComparer.Ordinal);
        // "workflow" is ours: the caller cannot make a guard believe it is in another state.
        variables[WorkflowVariable] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["state"] = current.CurrentState,
            ["trigger"] = request.Trigger,
            ["revision"] = current.Revision,
            ["comment"] = request.Comment,
            ["actor"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = request.Actor.Id,
                ["roles"] = request.Actor.Roles.Cast<object?>().ToList(),
            },
        };
        return variables;
    }
}
