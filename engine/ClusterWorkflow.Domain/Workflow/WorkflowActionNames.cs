namespace ClusterWorkflow.Domain.Workflow;

/// <summary>The names of <see cref="WorkflowAction"/> as they are written in a definition.</summary>
public static class WorkflowActionNames
{
    private static readonly Dictionary<string, WorkflowAction> ByName = new(StringComparer.Ordinal)
    {
        ["validate"] = WorkflowAction.Validate,
        ["computeKpis"] = WorkflowAction.ComputeKpis,
        ["notify"] = WorkflowAction.Notify,
        ["publish"] = WorkflowAction.Publish,
        ["renderReport"] = WorkflowAction.RenderReport,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string name, out WorkflowAction action) => ByName.TryGetValue(name, out action);
}
