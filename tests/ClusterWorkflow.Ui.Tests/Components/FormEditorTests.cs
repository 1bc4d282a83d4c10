using Bunit;
using ClusterWorkflow.Host.Ui.Designer;

namespace ClusterWorkflow.Ui.Tests.Components;

public sealed class FormEditorTests : DesignerContext
{
    private IRenderedComponent<FormEditor> RenderEditor(FormDraft draft, List<bool>? canSave = null) =>
        Bunit.Render<FormEditor>(p => p.Add(e => e.Draft, draft).Add(e => e.CanSaveChanged, (bool v) => canSave?.Add(v)));

    private static void Open(IRenderedComponent<FormEditor> editor, string field) =>
        editor.Find($"[data-testid=field-{field}] [data-testid=field-toggle]").Click();

    private static AngleSharp.Dom.IElement ExpressionBox(IRenderedComponent<FormEditor> editor, string field, string property) =>
        editor.Find($"[data-testid=field-{field}] [data-testid=expr-{property}]");

    [Fact]
    public void ASyntaxErrorInAConstraintIsShownAtThatConstraintWithLineAndColumn()
    {
        var canSave = new List<bool>();
        var editor = RenderEditor(FormDraft.From(FundsForm(), 1), canSave);
        Open(editor, "funds_spent");

        ExpressionBox(editor, "funds_spent", "constraint").QuerySelector("input")!.Input("value <= ");

        var box = ExpressionBox(editor, "funds_spent", "constraint");
        Assert.Contains("1:", box.TextContent);
        Assert.Contains("mud-input-error", box.InnerHtml);
        // The relevant box of the same field stays clean: the problem is shown where it is.
        Assert.DoesNotContain("mud-input-error", ExpressionBox(editor, "funds_spent", "relevant").InnerHtml);
        Assert.False(canSave.Last());
    }

    [Fact]
    public void FixingTheExpressionClearsTheErrorAndTheFormCanBeSavedAgain()
    {
        var canSave = new List<bool>();
        var editor = RenderEditor(FormDraft.From(FundsForm(), 1), canSave);
        Open(editor, "funds_spent");
        var input = ExpressionBox(editor, "funds_spent", "constraint").QuerySelector("input")!;

        input.Input("value <= ");
        ExpressionBox(editor, "funds_spent", "constraint").QuerySelector("input")!.Input("value <= funds_received * 2");

        Assert.DoesNotContain("mud-input-error", ExpressionBox(editor, "funds_spent", "constraint").InnerHtml);
        Assert.Equal([false, true], canSave);
    }

    [Fact]
    public void AMisspelledFieldInSkipLogicIsNamedWithASuggestion()
    {
        var editor = RenderEditor(FormDraft.From(FundsForm(), 1));
        Open(editor, "funds_spent");

        ExpressionBox(editor, "funds_spent", "relevant").QuerySelector("input")!.Input("funds_recieved > 0");

        var text = ExpressionBox(editor, "funds_spent", "relevant").TextContent;
        Assert.Contains("'funds_recieved' is not a field of this form", text);
        Assert.Contains("did you mean 'funds_received'", text);
    }

    [Fact]
    public void ADuplicateFieldNameIsShownAtTheNameAndCountedOnTheField()
    {
        var editor = RenderEditor(FormDraft.From(FundsForm(), 1));
        Open(editor, "funds_spent");

        editor.Find("[data-testid=field-funds_spent] [data-testid=field-name] input").Input("funds_received");

        var name = editor.Find("[data-testid=field-editor] [data-testid=field-name]");
        Assert.Contains("used by more than one field", name.TextContent);
        // Both fields now carry the name, so both are flagged in the list.
        Assert.Equal(2, editor.FindAll("[data-testid=field-problem-count]").Count);
    }

    [Fact]
    public void AnAddedFieldGetsAFreeNameAnOpenEditorAndAppearsInThePreview()
    {
        var editor = RenderEditor(FormDraft.From(FundsForm(), 1));

        editor.FindAll("[data-testid=add-field]")[0].Click();
        editor.Find("[data-testid=field-field_3] [data-testid=field-label-en] input").Input("Trainings held");

        Assert.Single(editor.FindAll("[data-testid=field-editor]"));
        Assert.Contains("Trainings held", editor.Find("[data-testid=preview]").TextContent);
    }

    [Fact]
    public void MovingAFieldDownChangesTheOrderOfTheSavedDefinition()
    {
        var draft = FormDraft.From(FundsForm(), 1);
        var editor = RenderEditor(draft);

        editor.Find("[data-testid=field-funds_received] button[aria-label='Move down']").Click();

        Assert.Equal(["funds_spent", "funds_received"], draft.ToDefinition().Fields.Select(f => f.Name));
        Assert.Equal(2, draft.ToDefinition().Version);
    }
}
