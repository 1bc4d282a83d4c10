using Bunit;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Ui.Workflows;
using ClusterWorkflow.Ui.Tests.Infrastructure;

namespace ClusterWorkflow.Ui.Tests.Components;

/// <summary>The workflow designer's checks: the domain validator's problems land at the row they belong to, as the user edits.</summary>
public sealed class WorkflowEditorTests : DesignerContext
{
    // Rows of the pilot workflow used below (templates/workflows/pilot-review.json).
    private const int SubmitRow = 1;

    // MudTextField hands a typed value on asynchronously, so on a loaded machine the re-render can
    // come after Input() returns: the first look after typing waits for it.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);
    private const int DistrictReturnRow = 4;
    private const int StateReturnRow = 6;
    private const int ResubmitRow = 7;

    private IRenderedComponent<WorkflowEditor> RenderEditor(WorkflowDraft draft, List<bool>? canSave = null) =>
        Bunit.Render<WorkflowEditor>(p => p.Add(e => e.Draft, draft).Add(e => e.CanSaveChanged, (bool v) => canSave?.Add(v)));

    private static WorkflowDraft PilotDraft(Func<WorkflowDefinition, WorkflowDefinition>? change = null)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "workflows", "pilot-review.json"));
        var definition = WorkflowDefinitionJson.Parse(json, int.MaxValue).Definition!;
        return WorkflowDraft.From(change is null ? definition : change(definition), 1);
    }

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<WorkflowEditor> editor, int row, string cell) =>
        editor.Find($"[data-testid=transition-{row}] [data-testid={cell}]");

    private static string TransitionProblems(IRenderedComponent<WorkflowEditor> editor, int row) =>
        editor.FindAll($"[data-testid=transition-problems-{row}]").SingleOrDefault()?.TextContent ?? "";

    [Fact]
    public void TheShippedPilotWorkflowHasNoErrorsAndCanBeSaved()
    {
        var editor = RenderEditor(PilotDraft());

        Assert.True(editor.Instance.Check.CanSave);
        Assert.Empty(editor.FindAll("[data-testid^=transition-problems-]"));
        Assert.Contains("No errors", editor.Find("[data-testid=workflow-verdict]").TextContent);
    }

    [Fact]
    public void AnUnknownRoleIsShownUnderItsOwnTransitionOnly()
    {
        var editor = RenderEditor(PilotDraft(d => d with
        {
            Transitions = d.Transitions.Select((t, i) => i == SubmitRow ? t with { Roles = ["fieldOfficer"] } : t).ToList(),
        }));

        Assert.Contains("Unknown role \"fieldOfficer\"", TransitionProblems(editor, SubmitRow));
        Assert.Contains("mud-input-error", Cell(editor, SubmitRow, "roles").InnerHtml);
        Assert.Equal("", TransitionProblems(editor, SubmitRow + 1));
        Assert.DoesNotContain("mud-input-error", Cell(editor, SubmitRow + 1, "roles").InnerHtml);
        Assert.False(editor.Instance.Check.CanSave);
    }

    [Fact]
    public void TypingAnInvalidTriggerFlagsThatCellAndFixingItAllowsTheSaveAgain()
    {
        var canSave = new List<bool>();
        var editor = RenderEditor(PilotDraft(), canSave);

        Cell(editor, SubmitRow, "trigger").QuerySelector("input")!.Input("submit now");

        editor.WaitForAssertion(() => Assert.Contains("\"submit now\" is not a valid trigger", TransitionProblems(editor, SubmitRow)), Settle);
        Assert.Contains("mud-input-error", Cell(editor, SubmitRow, "trigger").InnerHtml);
        Assert.Contains("1 error to fix", editor.Find("[data-testid=workflow-verdict]").TextContent);

        Cell(editor, SubmitRow, "trigger").QuerySelector("input")!.Input("submitNow");

        editor.WaitForAssertion(() => Assert.Equal("", TransitionProblems(editor, SubmitRow)), Settle);
        Assert.Equal([false, true], canSave);
    }

    [Fact]
    public void AGuardThatIsNotJavaScriptIsReportedAtItsTransitionWithItsPosition()
    {
        var editor = RenderEditor(PilotDraft());

        Cell(editor, SubmitRow, "guard").QuerySelector("input")!.Input("validation.errorCount == ");

        editor.WaitForAssertion(() => Assert.Contains("The guard is not valid JavaScript", TransitionProblems(editor, SubmitRow)), Settle);
        var problems = TransitionProblems(editor, SubmitRow);
        Assert.Contains("The guard is not valid JavaScript", problems);
        Assert.Matches(@"\d+:\d+|line \d+", problems);
        Assert.Contains("mud-input-error", Cell(editor, SubmitRow, "guard").InnerHtml);
    }

    [Fact]
    public void DeletingAStateFlagsEveryTransitionThatStillNamesIt()
    {
        var canSave = new List<bool>();
        var editor = RenderEditor(PilotDraft(), canSave);
        var returned = editor.Instance.Draft.States.FindIndex(s => s.Id == "Returned");

        editor.Find($"[data-testid=state-{returned}] [data-testid=delete-state]").Click();

        foreach (var row in new[] { DistrictReturnRow, StateReturnRow, ResubmitRow })
        {
            Assert.Contains("Unknown state \"Returned\"", TransitionProblems(editor, row));
        }
        Assert.Equal("", TransitionProblems(editor, SubmitRow));
        Assert.False(canSave.Last());
        // No diagram of a broken workflow; it says why.
        Assert.NotNull(editor.Find("[data-testid=diagram-waits]"));
    }

    [Fact]
    public void RenamingAStateMovesItsTransitionsAlongSoNothingBreaks()
    {
        var editor = RenderEditor(PilotDraft());
        var draft = editor.Instance.Draft;
        var index = draft.States.FindIndex(s => s.Id == "DistrictReview");

        editor.Find($"[data-testid=state-{index}] [data-testid=state-id] input").Change("BlockReview");

        // startReview goes into it, approve and return leave it.
        Assert.Equal(3, draft.Transitions.Count(t => t.From == "BlockReview" || t.To == "BlockReview"));
        Assert.DoesNotContain(draft.Transitions, t => t.From == "DistrictReview" || t.To == "DistrictReview");
        Assert.True(editor.Instance.Check.CanSave);
    }

    [Fact]
    public void AStateLeftWithoutAWayOutIsFlaggedAtItsRow()
    {
        var editor = RenderEditor(PilotDraft());
        var resubmit = editor.Find($"[data-testid=transition-{ResubmitRow}] [data-testid=delete-transition]");

        resubmit.Click();

        var returned = editor.Instance.Draft.States.FindIndex(s => s.Id == "Returned");
        Assert.Contains("has no way out", editor.Find($"[data-testid=state-problems-{returned}]").TextContent);
    }

    [Fact]
    public void TheDiagramIsDrawnFromTheMermaidTextOfTheWorkflowBeingEdited()
    {
        var editor = RenderEditor(PilotDraft());

        Cell(editor, SubmitRow, "transition-label").QuerySelector("input")!.Input("Send for review");

        editor.WaitForAssertion(() => Assert.Equal(
            WorkflowMermaid.Render(editor.Instance.Draft.ToDefinition()),
            Bunit.JSInterop.Invocations["cwDiagram.render"].Last().Arguments[1] as string), Settle);
        var drawn = Bunit.JSInterop.Invocations["cwDiagram.render"].Last().Arguments[1] as string;
        Assert.Contains("DistrictReview --> StateReview : approve (districtReviewer)", drawn);
        Assert.Equal(drawn, editor.Find("[data-testid=mermaid-text]").TextContent);
    }
}
