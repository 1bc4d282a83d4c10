namespace ClusterWorkflow.Domain.Workflow;

/// <summary>A transition with its position in the definition, which names it in messages and in the Stateless guards.</summary>
internal sealed record IndexedTransition(int Index, WorkflowTransitionDefinition Transition);
