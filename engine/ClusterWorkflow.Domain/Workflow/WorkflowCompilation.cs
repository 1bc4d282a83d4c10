namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// The answer to loading or compiling a definition: every problem found in one pass, and the
/// runnable <see cref="Workflow"/> when there is no error (warnings do not block).
/// </summary>
public sealed record WorkflowCompilation(WorkflowDefinition? Definition, CompiledWorkflow? Workflow, IReadOnlyList<WorkflowProblem> Problems)
{
    public bool IsValid => Workflow is not null;

    public IEnumerable<WorkflowProblem> Errors => Problems.Where(p => p.Severity == WorkflowProblemSeverity.Error);

    public IEnumerable<WorkflowProblem> Warnings => Problems.Where(p => p.Severity == WorkflowProblemSeverity.Warning);
}
