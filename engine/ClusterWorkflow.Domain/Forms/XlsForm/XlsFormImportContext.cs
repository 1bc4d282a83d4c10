namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>State shared by the steps of one import: the problems found so far and the languages.</summary>
internal sealed class XlsFormImportContext(XlsFormImportOptions options, string fileName)
{
    private static readonly string[] TranslatableKeys = ["label", "hint", "constraint_message", "required_message"];

    public XlsFormImportOptions Options => options;

    public string FileName => fileName;

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Code for texts in columns without a language.</summary>
    public string DefaultLanguage { get; private set; } = options.FallbackLanguage;

    /// <summary>Languages in use, the default first.</summary>
    public List<XlsFormLanguage> Languages { get; } = [];

    public bool HasErrors => Problems.Any(p => p.Severity == ImportSeverity.Error);

    public void Add(string sheet, int? row, string? column, ImportSeverity severity, string message) =>
        Problems.Add(new ImportProblem(sheet, row, column, severity, message));

    public void Error(XlsFormSheet sheet, XlsFormRow row, string? key, string message) =>
        Add(sheet.Name, row.Number, Letter(sheet, key), ImportSeverity.Error, message);

    public void Warning(XlsFormSheet sheet, XlsFormRow row, string? key, string message) =>
        Add(sheet.Name, row.Number, Letter(sheet, key), ImportSeverity.Warning, message);

    public static string? Letter(XlsFormSheet sheet, string? key) => key is null ? null : sheet.Column(key)?.Letter;

    /// <summary>
    /// Finds the languages of the text columns. The default (for unmarked columns, and first in the
    /// list) is the settings' default_language, else the fallback when it is used, else the first found.
    /// </summary>
    public void FindLanguages(string? defaultLanguage, params IEnumerable<XlsFormSheet?> sheets)
    {
        var textColumns = sheets.OfType<XlsFormSheet>().SelectMany(s => s.Columns).Where(c => TranslatableKeys.Contains(c.Key)).ToList();
        var marked = textColumns.Where(c => c.Language is not null).Select(c => XlsFormLanguage.Parse(c.Language!)).DistinctBy(l => l.Code).ToList();
        var hasUnmarked = textColumns.Any(c => c.Language is null);
        var fallback = options.FallbackLanguage;
        XlsFormLanguage preferred;
        if (defaultLanguage is not null)
        {
            var named = XlsFormLanguage.Parse(defaultLanguage);
            // "English" in the settings names the same language as columns marked "English (en)".
            preferred = marked.FirstOrDefault(l => l.Code == named.Code || l.Name.Equals(named.Name, StringComparison.OrdinalIgnoreCase)) ?? named;
        }
        else
        {
            preferred = marked.FirstOrDefault(l => l.Code == fallback)
                ?? (hasUnmarked || marked.Count == 0 ? new XlsFormLanguage(fallback, fallback == "en" ? "English" : fallback) : marked[0]);
        }
        DefaultLanguage = preferred.Code;
        Languages.Add(preferred);
        Languages.AddRange(marked.Where(l => l.Code != preferred.Code));
    }

    /// <summary>The texts of a translatable column by language code; a column marked with a language wins over an unmarked one.</summary>
    public Dictionary<string, string> Texts(XlsFormSheet sheet, XlsFormRow row, string key, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, text) in sheet.Texts(row, key).OrderBy(t => t.Column.Language is null ? 0 : 1))
        {
            var code = column.Language is null ? DefaultLanguage : XlsFormLanguage.Parse(column.Language).Code;
            texts[code] = Substitute(text, substitutions);
        }
        return texts;
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string>? substitutions)
    {
        if (substitutions is null)
        {
            return text;
        }
        foreach (var (from, to) in substitutions)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }
}
