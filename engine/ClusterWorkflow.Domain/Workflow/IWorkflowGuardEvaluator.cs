namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// Evaluates transition guards (JavaScript expressions). The product uses
/// the shared script sandbox (Scripting); the seam keeps the workflow testable and measurable on its own.
/// </summary>
public interface IWorkflowGuardEvaluator
{
    /// <summary>Syntax check only: null when the guard parses, otherwise the message with its line:column.</summary>
    string? CheckSyntax(string sourceId, string guard);

    /// <summary>Evaluates the guard; a script failure is an answer (<see cref="WorkflowGuardOutcome.Error"/>), never an exception.</summary>
    WorkflowGuardOutcome Evaluate(string sourceId, string guard, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken);
}
