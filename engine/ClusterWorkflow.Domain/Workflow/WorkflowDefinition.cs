namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// A review workflow as a program manager writes it (JSON): the states a submission moves through
/// and the transitions people fire. Versioned: a saved change gets a new <see cref="Version"/>, and
/// every submission records the version it runs on, so editing a workflow never moves a
/// submission that is already under way.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>Stable id, e.g. <c>pilot-review</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Version of this definition, from 1, incremented on every saved change.</summary>
    public int Version { get; init; }

    /// <summary>Name shown to people.</summary>
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The state a new submission starts in.</summary>
    public string InitialState { get; init; } = "";

    public List<WorkflowStateDefinition> States { get; init; } = [];

    public List<WorkflowTransitionDefinition> Transitions { get; init; } = [];
}
