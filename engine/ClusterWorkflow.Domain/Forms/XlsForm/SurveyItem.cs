namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// A question, group or repeat of the survey sheet on its way to a <see cref="FieldDefinition"/>.
/// Loop copies and "specify other" questions are items too, pointing at the row they came from.
/// </summary>
internal sealed class SurveyItem
{
    public required XlsFormRow Row { get; init; }

    public required XlsFormType Type { get; init; }

    /// <summary>The XLSForm name (with the choice appended for a loop copy).</summary>
    public required string Name { get; init; }

    public string JavaScriptName { get; set; } = "";

    public List<SurveyItem> Children { get; init; } = [];

    /// <summary>JavaScript names of the repeats around this item, outermost first.</summary>
    public IReadOnlyList<string> Repeats { get; set; } = [];

    /// <summary>In a loop copy: how the body's names are renamed, applied to its expressions.</summary>
    public IReadOnlyDictionary<string, string> Renames { get; init; } = new Dictionary<string, string>();

    /// <summary>In a loop copy: <c>%(label)s</c> and <c>%(name)s</c> replaced in its texts.</summary>
    public IReadOnlyDictionary<string, string> TextSubstitutions { get; init; } = new Dictionary<string, string>();

    /// <summary>For the text question added by <c>or_other</c>: the select question it belongs to.</summary>
    public SurveyItem? OtherOf { get; init; }

    public bool IsContainer => Type.Kind is XlsFormTypeKind.BeginGroup or XlsFormTypeKind.BeginRepeat or XlsFormTypeKind.BeginLoop;

    public IEnumerable<SurveyItem> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
