using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>
/// The form a program manager is editing, with the version it started from (<see cref="BasedOnVersion"/>,
/// 0 for a new form) so that saving over someone else's newer version is a conflict, not a lost edit.
/// </summary>
public sealed class FormDraft
{
    public FormDefinition Original { get; init; } = new();

    public string Id { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string TitleHi { get; set; } = "";
    public int BasedOnVersion { get; set; }
    public List<DraftField> Fields { get; set; } = [];
    public List<DraftChoiceList> ChoiceLists { get; set; } = [];

    /// <summary>An empty form in English and Hindi, not saved yet.</summary>
    public static FormDraft New() => From(new FormDefinition { Languages = ["en", "hi"] }, 0);

    public static FormDraft From(FormDefinition form, int basedOnVersion) => new()
    {
        Original = form,
        Id = form.Id,
        TitleEn = form.Title.GetValueOrDefault("en") ?? "",
        TitleHi = form.Title.GetValueOrDefault("hi") ?? "",
        BasedOnVersion = basedOnVersion,
        Fields = form.Fields.Select(DraftField.From).ToList(),
        ChoiceLists = form.ChoiceLists.Select(DraftChoiceList.From).ToList(),
    };

    /// <summary>The definition to check and save; its version is the next one after <see cref="BasedOnVersion"/>.</summary>
    public FormDefinition ToDefinition() => Original with
    {
        Id = Id.Trim(),
        Version = BasedOnVersion + 1,
        Title = Texts.With(Original.Title, TitleEn, TitleHi),
        Fields = Fields.Select(f => f.ToDefinition()).ToList(),
        ChoiceLists = ChoiceLists.Select(l => l.ToDefinition()).ToList(),
    };

    /// <summary>The dotted path the definition validator names a field by (<c>roster.revenue_total</c>).</summary>
    public string? PathOf(DraftField target) => Find(Fields, target, "");

    private static string? Find(List<DraftField> fields, DraftField target, string prefix)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name.Trim();
            if (ReferenceEquals(field, target))
            {
                return path;
            }
            if (Find(field.Children, target, path + ".") is { } inner)
            {
                return inner;
            }
        }
        return null;
    }
}
