using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// The words of a round's workflow for people: state labels in definition order, transition labels
/// (what a comment's author did), role names, and the states in which the TSA edits (a submission
/// that reaches one from a reviewer was returned).
/// </summary>
internal sealed class WorkflowLabels
{
    private readonly WorkflowDefinition definition;
    private readonly HashSet<string> tsaStates;

    private WorkflowLabels(WorkflowDefinition definition)
    {
        this.definition = definition;
        tsaStates = definition.Transitions
            .Where(t => t.Roles.Contains(WorkflowRoles.Tsa, StringComparer.Ordinal))
            .Select(t => t.From)
            .Where(s => s != definition.InitialState)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Labels of a round's workflow JSON; an unreadable one (it was checked when the round opened) yields the ids as they are.</summary>
    public static WorkflowLabels From(string? workflowJson) =>
        new(workflowJson is null ? new WorkflowDefinition() : WorkflowDefinitionJson.Parse(workflowJson, int.MaxValue).Definition ?? new WorkflowDefinition());

    /// <summary>The states' labels in the definition's order.</summary>
    public List<string> StateLabels => definition.States.Select(s => s.Label ?? s.Id).ToList();

    public string State(string stateId) => definition.States.Find(s => s.Id == stateId)?.Label ?? stateId;

    /// <summary>
    /// What the person did, in the words the report models use: <c>returned</c> (a reviewer handed it
    /// back), <c>approved</c>, <c>resubmitted</c> or <c>submitted</c> (the TSA), else <c>commented</c>.
    /// </summary>
    public string Action(WorkflowAuditEntry entry) =>
        IsReturn(entry) ? "returned"
        : entry.Trigger.Contains("approv", StringComparison.OrdinalIgnoreCase) || IsFinal(entry.To) ? "approved"
        : entry.ActedAs == WorkflowRoles.Tsa ? (entry.Trigger.Contains("resubmit", StringComparison.OrdinalIgnoreCase) ? "resubmitted" : "submitted")
        : "commented";

    public bool IsFinal(string stateId) => definition.States.Find(s => s.Id == stateId)?.Final == true;

    /// <summary>True when a reviewer's transition into <paramref name="to"/> hands the submission back to the TSA.</summary>
    public bool IsReturn(WorkflowAuditEntry entry) => entry.ActedAs != WorkflowRoles.Tsa && tsaStates.Contains(entry.To);

    public static string Role(string role) => role switch
    {
        WorkflowRoles.Tsa => "TSA officer",
        WorkflowRoles.DistrictReviewer => "District reviewer",
        WorkflowRoles.StateReviewer => "State reviewer",
        WorkflowRoles.ProgramManager => "Program manager",
        WorkflowRoles.Admin => "Administrator",
        WorkflowRoles.Viewer => "Viewer",
        _ => role,
    };
}
