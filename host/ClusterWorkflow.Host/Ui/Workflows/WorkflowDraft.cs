using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Ui.Workflows;

/// <summary>
/// A workflow being edited: the definition as mutable rows, and the version the editor started
/// from (0 for a new workflow), so a save over someone else's newer version is a conflict.
/// </summary>
public sealed class WorkflowDraft
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string InitialState { get; set; } = "";

    public List<DraftState> States { get; init; } = [];

    public List<DraftTransition> Transitions { get; init; } = [];

    public int BasedOnVersion { get; set; }

    /// <summary>A small workflow that already runs (submit, approve or return), so a new design starts valid.</summary>
    public static WorkflowDraft New() => new()
    {
        Name = "",
        InitialState = "Draft",
        States =
        [
            new DraftState { Id = "Draft", Label = "Draft" },
            new DraftState { Id = "Submitted", Label = "Submitted", OnEntry = ["validate", "notify"] },
            new DraftState { Id = "Approved", Label = "Approved", Final = true, OnEntry = ["computeKpis", "publish", "notify"] },
        ],
        Transitions =
        [
            new DraftTransition { Trigger = "submit", Label = "Submit", From = "Draft", To = "Submitted", Roles = [WorkflowRoles.Tsa], Guard = "validation.errorCount == 0" },
            new DraftTransition { Trigger = "approve", Label = "Approve", From = "Submitted", To = "Approved", Roles = [WorkflowRoles.DistrictReviewer] },
            new DraftTransition { Trigger = "return", Label = "Return to the TSA", From = "Submitted", To = "Draft", Roles = [WorkflowRoles.DistrictReviewer], CommentRequired = true },
        ],
    };

    public static WorkflowDraft From(WorkflowDefinition definition, int storedVersion) => new()
    {
        Id = definition.Id,
        Name = definition.Name ?? "",
        Description = definition.Description ?? "",
        InitialState = definition.InitialState,
        States = definition.States.Select(DraftState.From).ToList(),
        Transitions = definition.Transitions.Select(DraftTransition.Of).ToList(),
        BasedOnVersion = storedVersion,
    };

    /// <summary>The definition as it would be saved: the version after the one the editor started from.</summary>
    public WorkflowDefinition ToDefinition() => new()
    {
        Id = Id.Trim(),
        Version = BasedOnVersion + 1,
        Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(),
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        InitialState = InitialState,
        States = States.Select(s => s.ToDefinition()).ToList(),
        Transitions = Transitions.Select(t => t.ToDefinition()).ToList(),
    };

    /// <summary>
    /// Gives a state a new id and lets the initial state and every transition that named the old id
    /// follow, so renaming "Review" to "DistrictReview" does not break the arrows.
    /// </summary>
    public void RenameState(DraftState state, string newId)
    {
        var old = state.Id;
        state.Id = newId.Trim();
        if (old.Length == 0 || old == state.Id || States.Any(s => !ReferenceEquals(s, state) && s.Id == old))
        {
            return; // another row still has the old id: its arrows stay with it
        }
        if (InitialState == old) InitialState = state.Id;
        foreach (var transition in Transitions)
        {
            if (transition.From == old) transition.From = state.Id;
            if (transition.To == old) transition.To = state.Id;
        }
    }
}
