namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>The first row of the settings sheet, as far as the import uses it.</summary>
internal sealed record XlsFormSettings(string? FormId, string? FormTitle, string? Version, string? DefaultLanguage, bool AllowChoiceDuplicates, XlsFormRow? Row)
{
    public static XlsFormSettings Read(XlsFormSheet? sheet)
    {
        var row = sheet?.Rows.FirstOrDefault();
        if (sheet is null || row is null)
        {
            return new XlsFormSettings(null, null, null, null, false, null);
        }
        var duplicates = sheet.Value(row, "allow_choice_duplicates")?.ToLowerInvariant() is "yes" or "true" or "1";
        return new XlsFormSettings(
            sheet.Value(row, "form_id") ?? sheet.Value(row, "id_string"),
            sheet.Value(row, "form_title") ?? sheet.Value(row, "title"),
            sheet.Value(row, "version"),
            sheet.Value(row, "default_language"),
            duplicates,
            row);
    }
}
