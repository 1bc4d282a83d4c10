using System.Globalization;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Evaluates guards in the shared <see cref="ScriptSandbox"/> (limits, no CLR access, copied values).</summary>
public sealed class SandboxGuardEvaluator(ScriptSandbox sandbox) : IWorkflowGuardEvaluator
{
    public string? CheckSyntax(string sourceId, string guard) => sandbox.Check(sourceId, guard)?.ToString();

    /// <summary>
    /// A guard must answer true or false. Anything else (a number, null, a string) is an error
    /// rather than JavaScript truthiness, because "validation.errorCount" where "== 0" was meant
    /// would otherwise silently let every submission with errors through.
    /// </summary>
    public WorkflowGuardOutcome Evaluate(string sourceId, string guard, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var result = sandbox.Evaluate(sourceId, guard, variables, cancellationToken);
        return result switch
        {
            { Error: { } error } => WorkflowGuardOutcome.Failed(error.ToString()),
            { Value: bool passed } => passed ? WorkflowGuardOutcome.True : WorkflowGuardOutcome.False,
            _ => WorkflowGuardOutcome.Failed($"{sourceId}: the guard must answer true or false but answered {Describe(result.Value)}"),
        };
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"the text \"{text}\"",
        double number => number.ToString(CultureInfo.InvariantCulture),
        _ => $"a {value.GetType().Name}",
    };
}
