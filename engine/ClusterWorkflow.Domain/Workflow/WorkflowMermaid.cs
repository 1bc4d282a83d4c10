using System.Text;

namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// Renders a definition as a Mermaid state diagram: every state (with its label), every transition
/// labelled with its trigger, roles, and markers for a guard or a required comment; the initial
/// state from <c>[*]</c>, final states to <c>[*]</c>. Written from the definition rather than
/// Stateless' export so the diagram carries roles and stays stable for the UI and golden tests.
/// </summary>
public static class WorkflowMermaid
{
    public static string Render(WorkflowDefinition definition)
    {
        var text = new StringBuilder();
        text.AppendLine("stateDiagram-v2");
        text.AppendLine($"    %% {Clean(definition.Id)} v{definition.Version}");
        foreach (var state in definition.States)
        {
            text.AppendLine($"    state \"{Clean(state.Label ?? state.Id)}\" as {state.Id}");
        }
        if (!string.IsNullOrEmpty(definition.InitialState))
        {
            text.AppendLine($"    [*] --> {definition.InitialState}");
        }
        foreach (var transition in definition.Transitions)
        {
            text.AppendLine($"    {transition.From} --> {transition.To} : {Label(transition)}");
        }
        foreach (var state in definition.States.Where(s => s.Final))
        {
            text.AppendLine($"    {state.Id} --> [*]");
        }
        return text.ToString();
    }

    private static string Label(WorkflowTransitionDefinition transition)
    {
        var label = new StringBuilder(Clean(transition.Trigger));
        label.Append($" ({string.Join(", ", transition.Roles.Select(Clean))})");
        if (transition.Guard is not null)
        {
            label.Append(" [guarded]");
        }
        if (transition.CommentRequired)
        {
            label.Append(" [comment required]");
        }
        return label.ToString();
    }

    // Mermaid ends a label at a line break and reads ';', '#' and quotes specially; a label only needs to be readable.
    private static string Clean(string text) =>
        new(text.Select(c => char.IsControl(c) || c is ';' or '#' or '"' or ':' or '{' or '}' ? ' ' : c).ToArray());
}
