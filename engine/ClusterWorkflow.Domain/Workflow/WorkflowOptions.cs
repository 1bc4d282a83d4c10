namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Limits on workflow definitions and on what people send when they fire a transition.</summary>
public sealed class WorkflowOptions
{
    /// <summary>Largest definition file accepted, in characters. Default 256 KB.</summary>
    public int MaxDefinitionChars { get; set; } = 256 * 1024;

    /// <summary>States one definition may have. Default 100.</summary>
    public int MaxStates { get; set; } = 100;

    /// <summary>Transitions one definition may have. Default 500.</summary>
    public int MaxTransitions { get; set; } = 500;

    /// <summary>Longest guard expression, in characters. Default 2,000: a guard is a condition, not a program.</summary>
    public int MaxGuardChars { get; set; } = 2_000;

    /// <summary>Longest comment on a transition, in characters. Default 4,000.</summary>
    public int MaxCommentChars { get; set; } = 4_000;
}
