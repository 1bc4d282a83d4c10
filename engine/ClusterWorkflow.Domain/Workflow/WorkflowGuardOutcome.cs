namespace ClusterWorkflow.Domain.Workflow;

/// <summary>The answer of a guard: whether it passed, or why it could not be evaluated.</summary>
public sealed record WorkflowGuardOutcome(bool Passed, string? Error)
{
    public static WorkflowGuardOutcome True { get; } = new(true, null);

    public static WorkflowGuardOutcome False { get; } = new(false, null);

    public static WorkflowGuardOutcome Failed(string error) => new(false, error);
}
