using System.Globalization;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>Second pass: turns survey items into field definitions with texts and translated expressions.</summary>
internal sealed class SurveyFieldBuilder(XlsFormSheet sheet, XlsFormImportContext context, SurveyExpressionTranslator expressions)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "true", "true()", "1", "y" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "false", "false()", "0", "n" };

    public List<FieldDefinition> Build(IEnumerable<SurveyItem> items) => items.Select(BuildField).ToList();

    private FieldDefinition BuildField(SurveyItem item)
    {
        if (item.OtherOf is { } select)
        {
            return new FieldDefinition
            {
                Name = item.JavaScriptName,
                Type = FieldType.Text,
                Label = new() { [context.DefaultLanguage] = "Specify other" },
                Relevant = $"selected({select.JavaScriptName}, '{SurveyItemExpander.OtherChoice}')",
            };
        }
        var row = item.Row;
        var type = item.Type.FieldType ?? FieldType.Text;
        if (sheet.Value(row, "choice_filter") is { } filter)
        {
            context.Warning(sheet, row, "choice_filter", $"choice_filter '{filter}' is not supported; every choice of '{item.Type.ListName}' is offered");
        }
        return new FieldDefinition
        {
            Name = item.JavaScriptName,
            Type = type,
            Label = context.Texts(sheet, row, "label", item.TextSubstitutions),
            Hint = context.Texts(sheet, row, "hint", item.TextSubstitutions),
            Required = ReadRequired(item),
            RequiredMessage = context.Texts(sheet, row, "required_message", item.TextSubstitutions),
            Relevant = expressions.Translate(item, "relevant"),
            Constraint = item.IsContainer ? null : expressions.Translate(item, "constraint"),
            ConstraintMessage = context.Texts(sheet, row, "constraint_message", item.TextSubstitutions),
            Calculate = item.IsContainer ? null : expressions.Translate(item, "calculation"),
            ChoiceList = item.Type.ListName,
            MaxRows = type == FieldType.Repeat ? ReadRepeatCount(item) : null,
            Children = Build(item.Children),
        };
    }

    private bool ReadRequired(SurveyItem item)
    {
        var required = sheet.Value(item.Row, "required");
        if (required is null || No.Contains(required))
        {
            return false;
        }
        if (Yes.Contains(required))
        {
            return true;
        }
        context.Warning(sheet, item.Row, "required",
            $"required '{required}' depends on other answers, which this product does not support; '{item.Name}' was imported as optional (add a constraint if it must be answered)");
        return false;
    }

    private int? ReadRepeatCount(SurveyItem item)
    {
        var count = sheet.Value(item.Row, "repeat_count");
        if (count is null)
        {
            return null;
        }
        if (double.TryParse(count, NumberStyles.Float, CultureInfo.InvariantCulture, out var rows) && rows >= 0 && rows == Math.Floor(rows))
        {
            context.Add(sheet.Name, item.Row.Number, XlsFormImportContext.Letter(sheet, "repeat_count"), ImportSeverity.Info,
                $"repeat_count {rows} was imported as at most {rows} rows");
            return (int)rows;
        }
        context.Warning(sheet, item.Row, "repeat_count", $"repeat_count '{count}' is not a fixed number; the repeat '{item.Name}' has no row limit");
        return null;
    }
}
