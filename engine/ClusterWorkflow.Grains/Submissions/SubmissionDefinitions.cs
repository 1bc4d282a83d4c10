using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// The definitions a round runs on, parsed and compiled once: the workflow and the two forms.
/// <see cref="Load"/> reports every problem in one pass, with the plan field it came from.
/// </summary>
public sealed class SubmissionDefinitions
{
    private SubmissionDefinitions(CompiledWorkflow workflow, FormDefinition clusterForm, FormDefinition? rosterForm)
    {
        Workflow = workflow;
        ClusterForm = clusterForm;
        RosterForm = rosterForm;
        TsaEditableStates = workflow.Definition.Transitions
            .Where(t => t.Roles.Contains(WorkflowRoles.Tsa, StringComparer.Ordinal))
            .Select(t => t.From)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public CompiledWorkflow Workflow { get; }

    public FormDefinition ClusterForm { get; }

    public FormDefinition? RosterForm { get; }

    /// <summary>
    /// The states in which the TSA edits the data: those the TSA can move the submission out of
    /// (Assigned, Draft, Returned in the pilot), read from the definition rather than hard-coded.
    /// </summary>
    public IReadOnlyList<string> TsaEditableStates { get; }

    public string StateLabel(string state) =>
        Workflow.Definition.States.Find(s => s.Id == state)?.Label ?? state;

    public static (SubmissionDefinitions? Definitions, List<Problem> Problems) Load(
        PlanDefinition workflow, PlanDefinition clusterForm, PlanDefinition? rosterForm, WorkflowEngine engine, FormValidator forms)
    {
        var problems = new List<Problem>();
        var compiled = engine.Load(workflow.Json);
        foreach (var error in compiled.Errors)
        {
            problems.Add(new Problem("workflow-invalid", $"Workflow '{workflow.Id}' v{workflow.Version}: {error.Message}", $"workflow{error.Path.TrimStart('$')}"));
        }
        if (compiled.Definition is { } definition && (definition.Id != workflow.Id || definition.Version != workflow.Version))
        {
            problems.Add(new Problem("workflow-mismatch",
                $"The plan names workflow '{workflow.Id}' v{workflow.Version} but its JSON is '{definition.Id}' v{definition.Version}; resolve the plan from the stored version.", "workflow"));
        }
        var cluster = ReadForm(clusterForm, "clusterForm", forms, problems);
        var roster = rosterForm is null ? null : ReadForm(rosterForm, "rosterForm", forms, problems);
        return problems.Count == 0 && compiled.Workflow is not null && cluster is not null
            ? (new SubmissionDefinitions(compiled.Workflow, cluster, roster), problems)
            : (null, problems);
    }

    private static FormDefinition? ReadForm(PlanDefinition plan, string field, FormValidator forms, List<Problem> problems)
    {
        var (form, readProblems) = FormDefinitionJson.Read(plan.Json);
        var all = form is null ? readProblems : forms.ValidateDefinition(form);
        foreach (var problem in all)
        {
            problems.Add(new Problem("form-invalid", $"Form '{plan.Id}' v{plan.Version}: {problem}", field));
        }
        if (form is not null && (form.Id != plan.Id || form.Version != plan.Version))
        {
            problems.Add(new Problem("form-mismatch",
                $"The plan names form '{plan.Id}' v{plan.Version} but its JSON is '{form.Id}' v{form.Version}; resolve the plan from the stored version.", field));
        }
        return all.Count == 0 ? form : null;
    }
}
