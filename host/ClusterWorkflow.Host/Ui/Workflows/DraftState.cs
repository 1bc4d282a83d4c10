using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Ui.Workflows;

/// <summary>One row of the designer's state table, editable in place.</summary>
public sealed class DraftState
{
    /// <summary>Identity of the row while its id is being edited (Blazor keys, rename tracking).</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    public bool Final { get; set; }

    public List<string> OnEntry { get; set; } = [];

    public static DraftState From(WorkflowStateDefinition state) => new()
    {
        Id = state.Id,
        Label = state.Label ?? "",
        Final = state.Final,
        OnEntry = [.. state.OnEntry],
    };

    public WorkflowStateDefinition ToDefinition() => new()
    {
        Id = Id.Trim(),
        Label = string.IsNullOrWhiteSpace(Label) ? null : Label.Trim(),
        Final = Final,
        OnEntry = [.. OnEntry],
    };
}
