using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>
/// The definition validator's verdict on a draft, arranged so each editor finds its own problems:
/// by field path and property (<c>constraint</c>, <c>name</c>...), by choice list, and the rest.
/// </summary>
public sealed class DesignerCheck
{
    private readonly IReadOnlyList<DefinitionProblem> _problems;

    private DesignerCheck(IReadOnlyList<DefinitionProblem> problems) => _problems = problems;

    public static DesignerCheck Empty { get; } = new([]);

    public IReadOnlyList<DefinitionProblem> All => _problems;

    public bool CanSave => _problems.Count == 0;

    public static DesignerCheck Run(FormValidator validator, FormDraft draft) => new(validator.ValidateDefinition(draft.ToDefinition()));

    /// <summary>The problems of one part of a field (<paramref name="property"/> null: the field as a whole).</summary>
    public IEnumerable<DefinitionProblem> At(string? path, string? property) =>
        path is null ? [] : _problems.Where(p => p.Path == path && p.Property == property);

    public IEnumerable<DefinitionProblem> OfChoiceList(int index) => _problems.Where(p => p.Path == $"choiceLists[{index}]");

    /// <summary>Problems of the form itself (id, title, circular logic), shown above the fields.</summary>
    public IEnumerable<DefinitionProblem> OfForm(FormDraft draft)
    {
        var fieldPaths = new HashSet<string>(Paths(draft.Fields, ""), StringComparer.Ordinal);
        return _problems.Where(p => !p.Path.StartsWith("choiceLists[", StringComparison.Ordinal)
            && !(fieldPaths.Contains(p.Path) && p.Property is not null));
    }

    /// <summary>"line 1, column 7: message" when the problem points into the expression.</summary>
    public static string Describe(DefinitionProblem problem) =>
        problem.Line is { } line ? $"{line}:{problem.Column} — {problem.Message}" : problem.Message;

    private static IEnumerable<string> Paths(List<DraftField> fields, string prefix) =>
        fields.SelectMany(f => Paths(f.Children, prefix + f.Name.Trim() + ".").Prepend(prefix + f.Name.Trim()));
}
