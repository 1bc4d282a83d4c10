using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>
/// A field as the designer edits it: mutable, with the English and Hindi texts as separate boxes.
/// What the designer does not show (extra checks, hints in other languages) rides along in
/// <see cref="Original"/> and is kept on save.
/// </summary>
public sealed class DraftField
{
    public FieldDefinition Original { get; init; } = new();

    /// <summary>Stable while the field is edited (names change), so the UI keeps each editor in place.</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public string Name { get; set; } = "";
    public FieldType Type { get; set; } = FieldType.Text;
    public string LabelEn { get; set; } = "";
    public string LabelHi { get; set; } = "";
    public bool Required { get; set; }
    public string? Relevant { get; set; }
    public string? Constraint { get; set; }
    public string ConstraintMessageEn { get; set; } = "";
    public string ConstraintMessageHi { get; set; } = "";
    public string? Calculate { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
    public string? ChoiceList { get; set; }
    public int? MaxRows { get; set; }
    public List<DraftField> Children { get; set; } = [];

    public bool HasChildren => Type is FieldType.Group or FieldType.Repeat;

    public bool IsSelect => Type is FieldType.SelectOne or FieldType.SelectMultiple;

    public bool IsNumber => Type is FieldType.Integer or FieldType.Decimal;

    public static DraftField From(FieldDefinition field) => new()
    {
        Original = field,
        Name = field.Name,
        Type = field.Type,
        LabelEn = Text(field.Label, "en"),
        LabelHi = Text(field.Label, "hi"),
        Required = field.Required,
        Relevant = field.Relevant,
        Constraint = field.Constraint,
        ConstraintMessageEn = Text(field.ConstraintMessage, "en"),
        ConstraintMessageHi = Text(field.ConstraintMessage, "hi"),
        Calculate = field.Calculate,
        Min = field.Min,
        Max = field.Max,
        ChoiceList = field.ChoiceList,
        MaxRows = field.MaxRows,
        Children = field.Children.Select(From).ToList(),
    };

    public FieldDefinition ToDefinition() => Original with
    {
        Name = Name.Trim(),
        Type = Type,
        Label = Texts.With(Original.Label, LabelEn, LabelHi),
        Required = Required,
        Relevant = Blank(Relevant),
        Constraint = Blank(Constraint),
        ConstraintMessage = Texts.With(Original.ConstraintMessage, ConstraintMessageEn, ConstraintMessageHi),
        Calculate = Blank(Calculate),
        Min = IsNumber ? Min : null,
        Max = IsNumber ? Max : null,
        ChoiceList = IsSelect ? Blank(ChoiceList) : null,
        MaxRows = Type == FieldType.Repeat ? MaxRows : null,
        Children = HasChildren ? Children.Select(c => c.ToDefinition()).ToList() : [],
    };

    private static string Text(Dictionary<string, string> texts, string language) => texts.GetValueOrDefault(language) ?? "";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
