using System.Text.RegularExpressions;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>Translates the expression cells of survey rows, reporting problems at the cell.</summary>
internal sealed partial class SurveyExpressionTranslator(XlsFormSheet sheet, XlsFormImportContext context, IEnumerable<SurveyItem> items, IReadOnlyDictionary<string, string> leftOut)
{
    private readonly Dictionary<string, XlsFormSymbol> _symbols = items
        .Where(i => i.Type.Kind is not (XlsFormTypeKind.BeginGroup or XlsFormTypeKind.BeginLoop) && i.JavaScriptName.Length > 0)
        .GroupBy(i => i.Name)
        .ToDictionary(g => g.Key, g => Symbol(g.First()), StringComparer.Ordinal);

    public XlsFormSymbol? SymbolOf(SurveyItem item) => _symbols.GetValueOrDefault(item.Name);

    /// <summary>The JavaScript for the cell <paramref name="key"/> of the item's row, or null when empty or untranslatable.</summary>
    public string? Translate(SurveyItem item, string key)
    {
        var expression = sheet.Value(item.Row, key);
        if (expression is null)
        {
            return null;
        }
        var renamed = Rename(expression, item.Renames);
        var translation = XlsFormExpressionTranslator.Translate(renamed, new XlsFormExpressionContext
        {
            Fields = _symbols,
            CurrentField = SymbolOf(item) ?? new XlsFormSymbol(item.Name, item.JavaScriptName, XlsFormValueKind.Text, item.Repeats),
            Unavailable = leftOut,
        });
        foreach (var problem in translation.Problems)
        {
            var at = renamed == expression ? $" at character {problem.Column}" : "";
            context.Add(sheet.Name, item.Row.Number, XlsFormImportContext.Letter(sheet, key),
                problem.IsWarning ? ImportSeverity.Warning : ImportSeverity.Error,
                $"{problem.Message} (in the {key} '{expression}'{at})");
        }
        return translation.JavaScript;
    }

    /// <summary>In a loop copy, <c>${number}</c> means that copy's <c>${number_CHOICE}</c>.</summary>
    private static string Rename(string expression, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0
            ? expression
            : Reference().Replace(expression, m => renames.TryGetValue(m.Groups[1].Value, out var to) ? "${" + to + "}" : m.Value);

    private static XlsFormSymbol Symbol(SurveyItem item) => new(item.Name, item.JavaScriptName, KindOf(item.Type.FieldType), item.Repeats);

    private static XlsFormValueKind KindOf(FieldType? type) => type switch
    {
        FieldType.Integer or FieldType.Decimal => XlsFormValueKind.Number,
        FieldType.Date => XlsFormValueKind.Date,
        FieldType.SelectMultiple => XlsFormValueKind.MultipleChoice,
        FieldType.Repeat => XlsFormValueKind.Repeat,
        _ => XlsFormValueKind.Text,
    };

    [GeneratedRegex(@"\$\{\s*([^}\s]+)\s*\}")]
    private static partial Regex Reference();
}
