namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Who fires a transition, with the roles the caller has established for them.</summary>
public sealed record WorkflowActor
{
    /// <summary>Stable user id, recorded in the audit trail.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name shown to people, if known.</summary>
    public string? Name { get; init; }

    /// <summary>Role names (see <see cref="WorkflowRoles"/>).</summary>
    public List<string> Roles { get; init; } = [];
}
