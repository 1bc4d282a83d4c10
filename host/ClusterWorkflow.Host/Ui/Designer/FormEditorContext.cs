using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>What the designer's nested editors share: the draft, the latest check, and the way to say "I changed something".</summary>
public sealed class FormEditorContext(FormDraft draft, FormValidator validator, Func<Task> rendered)
{
    public FormDraft Draft { get; } = draft;

    public DesignerCheck Check { get; private set; } = DesignerCheck.Run(validator, draft);

    /// <summary>Fields whose editors are open.</summary>
    public HashSet<Guid> Expanded { get; } = [];

    /// <summary>Checks the draft again at once, so every box shows its problem while the user types.</summary>
    public Task ChangedAsync()
    {
        Check = DesignerCheck.Run(validator, Draft);
        return rendered();
    }
}
