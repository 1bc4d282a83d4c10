namespace ClusterWorkflow.Domain.Workflow;

public enum WorkflowProblemSeverity
{
    /// <summary>The definition cannot be saved or run.</summary>
    Error,

    /// <summary>The definition works, but something may not behave as the author expects.</summary>
    Warning,
}
