namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>Says which filled-in columns the import does not use, once per column, so nothing disappears silently.</summary>
internal static class XlsFormColumnCheck
{
    private static readonly HashSet<string> SurveyColumns = new(StringComparer.Ordinal)
    {
        "type", "name", "label", "hint", "required", "required_message", "relevant", "constraint", "constraint_message",
        "calculation", "choice_filter", "repeat_count",
    };

    private static readonly HashSet<string> ChoicesColumns = new(StringComparer.Ordinal) { "list_name", "name", "label" };

    /// <summary>Presentation-only columns: the web form lays questions out by itself.</summary>
    private static readonly HashSet<string> Presentation = new(StringComparer.Ordinal) { "appearance", "guidance_hint", "autoplay", "parameters" };

    public static void Report(XlsFormSheet sheet, XlsFormImportContext context)
    {
        var used = sheet.Name.Equals("survey", StringComparison.OrdinalIgnoreCase) ? SurveyColumns : ChoicesColumns;
        foreach (var column in sheet.Columns.Where(c => !used.Contains(c.Key)))
        {
            if (!sheet.Rows.Any(r => r.Cells.ContainsKey(column.Letter)))
            {
                continue;
            }
            var presentation = Presentation.Contains(column.Key);
            context.Add(sheet.Name, null, column.Letter, presentation ? ImportSeverity.Info : ImportSeverity.Warning,
                presentation
                    ? $"column '{column.Header}' was ignored: the web form lays out questions by itself"
                    : $"column '{column.Header}' is not supported and was ignored");
        }
    }
}
