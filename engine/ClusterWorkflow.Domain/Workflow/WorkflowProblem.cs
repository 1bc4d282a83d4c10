namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// One problem found in a workflow definition. <see cref="Path"/> is a JSON path into the
/// definition (<c>$.transitions[3].roles[0]</c>); the message says what is wrong and how to fix it.
/// </summary>
public sealed record WorkflowProblem(WorkflowProblemSeverity Severity, string Path, string Message)
{
    public static WorkflowProblem Error(string path, string message) => new(WorkflowProblemSeverity.Error, path, message);

    public static WorkflowProblem Warning(string path, string message) => new(WorkflowProblemSeverity.Warning, path, message);

    public override string ToString() => $"{Severity} at {Path}: {Message}";
}
