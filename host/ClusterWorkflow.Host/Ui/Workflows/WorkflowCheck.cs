using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Ui.Workflows;

/// <summary>
/// The domain validator's verdict on a draft (the same check as <c>POST /api/workflows/check</c> and
/// a save), arranged so each row of the designer finds its own problems by JSON path:
/// <c>$.states[2].onEntry[0]</c> belongs to state row 2, <c>$.transitions[4].roles</c> to transition row 4.
/// </summary>
public sealed class WorkflowCheck
{
    private readonly IReadOnlyList<WorkflowProblem> problems;

    private WorkflowCheck(IReadOnlyList<WorkflowProblem> problems) => this.problems = problems;

    public static WorkflowCheck Run(WorkflowEngine engine, WorkflowDraft draft) => new(engine.Validate(draft.ToDefinition()));

    public IReadOnlyList<WorkflowProblem> All => problems;

    /// <summary>Warnings do not block a save, as in the API.</summary>
    public bool CanSave => problems.All(p => p.Severity != WorkflowProblemSeverity.Error);

    /// <summary>The diagram needs the states and arrows right; a missing id (a new workflow) does not stop it.</summary>
    public bool CanDraw => problems.All(p => p.Severity != WorkflowProblemSeverity.Error || p.Path == "$.id");

    public int ErrorCount => problems.Count(p => p.Severity == WorkflowProblemSeverity.Error);

    public IEnumerable<WorkflowProblem> OfState(int index) => Under($"$.states[{index}]");

    public IEnumerable<WorkflowProblem> OfTransition(int index) => Under($"$.transitions[{index}]");

    /// <summary>Whether a cell of a row (<c>$.transitions[1].roles</c>) has an error, for its red outline.</summary>
    public bool HasError(string path) => problems.Any(p => p.Severity == WorkflowProblemSeverity.Error
        && (p.Path == path || p.Path.StartsWith(path + "[", StringComparison.Ordinal)));

    /// <summary>Problems of the workflow as a whole (id, initial state, "no final state"), shown above the tables.</summary>
    public IEnumerable<WorkflowProblem> OfWorkflow() => problems.Where(p =>
        !IsRow(p.Path, "$.states[") && !IsRow(p.Path, "$.transitions["));

    private IEnumerable<WorkflowProblem> Under(string row) => problems.Where(p =>
        p.Path == row || p.Path.StartsWith(row + ".", StringComparison.Ordinal));

    private static bool IsRow(string path, string prefix) => path.StartsWith(prefix, StringComparison.Ordinal);
}
