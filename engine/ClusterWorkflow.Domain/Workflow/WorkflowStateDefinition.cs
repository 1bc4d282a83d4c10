namespace ClusterWorkflow.Domain.Workflow;

/// <summary>One state of a workflow, e.g. <c>DistrictReview</c>.</summary>
public sealed record WorkflowStateDefinition
{
    /// <summary>Identifier: a letter, then letters, digits, <c>_</c> or <c>-</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Label shown to people; the id when absent.</summary>
    public string? Label { get; init; }

    /// <summary>A final state ends the workflow: it has no way out, and needs none.</summary>
    public bool Final { get; init; }

    /// <summary>
    /// Actions to perform on entering the state, by name (see <see cref="WorkflowActionNames"/>):
    /// <c>validate</c>, <c>computeKpis</c>, <c>notify</c>, <c>publish</c>, <c>renderReport</c>.
    /// The domain only reports them; the caller performs them in the order listed.
    /// </summary>
    public List<string> OnEntry { get; init; } = [];
}
