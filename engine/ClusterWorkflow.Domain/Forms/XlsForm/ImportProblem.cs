namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// One thing found while importing an XLSForm, placed as Excel shows it: the sheet, the row number
/// and the column letter (<c>survey!F12</c>). Row and column are null for the whole file or sheet.
/// </summary>
public sealed record ImportProblem(string Sheet, int? Row, string? Column, ImportSeverity Severity, string Message)
{
    /// <summary>Where, in Excel's notation: <c>survey!F12</c>, <c>survey!F</c>, <c>survey</c> or the file name.</summary>
    public string Location => (Row, Column) switch
    {
        (null, null) => Sheet,
        (null, _) => $"{Sheet}!{Column}",
        (_, null) => $"{Sheet}!{Row}",
        _ => $"{Sheet}!{Column}{Row}",
    };

    public override string ToString() => $"{Location}: {Message}";
}
