namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// The entry point for hosts: loads and validates definitions (every problem in one pass, with its
/// JSON path), and compiles valid ones into runnable <see cref="CompiledWorkflow"/>s.
/// Thread-safe; one per process.
/// </summary>
public sealed class WorkflowEngine(WorkflowOptions options, IWorkflowGuardEvaluator guards, TimeProvider? clock = null)
{
    private readonly WorkflowDefinitionValidator _validator = new(options, guards);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public WorkflowOptions Options => options;

    /// <summary>Parses, validates and compiles a definition sent as JSON (e.g. saved by a program manager).</summary>
    public WorkflowCompilation Load(string json)
    {
        var (definition, problem) = WorkflowDefinitionJson.Parse(json, options.MaxDefinitionChars);
        return definition is null ? new WorkflowCompilation(null, null, [problem!]) : Compile(definition);
    }

    /// <summary>Validates and, when there is no error, compiles the definition.</summary>
    public WorkflowCompilation Compile(WorkflowDefinition definition)
    {
        var problems = _validator.Validate(definition);
        var valid = problems.All(p => p.Severity != WorkflowProblemSeverity.Error);
        return new WorkflowCompilation(definition, valid ? new CompiledWorkflow(definition, guards, options, _clock) : null, problems);
    }

    /// <summary>Every problem of the definition, errors and warnings, in one pass.</summary>
    public IReadOnlyList<WorkflowProblem> Validate(WorkflowDefinition definition) => _validator.Validate(definition);
}
