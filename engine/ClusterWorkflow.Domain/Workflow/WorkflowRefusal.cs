namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Why a fire was refused, in words the person can act on.</summary>
public sealed record WorkflowRefusal(WorkflowRefusalReason Reason, string Message)
{
    public override string ToString() => $"{Reason}: {Message}";
}
