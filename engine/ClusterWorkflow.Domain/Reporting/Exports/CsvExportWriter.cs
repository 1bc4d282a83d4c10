using System.Text;

namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>
/// Writes a sheet as CSV (RFC 4180): comma separated, CRLF line ends, fields with a comma, quote or
/// line break in double quotes with quotes doubled. Numbers use invariant digits without grouping.
/// Text that a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.
/// </summary>
public static class CsvExportWriter
{
    public static void Write(ExportSheet sheet, TextWriter writer)
    {
        writer.Write(string.Join(',', sheet.Columns.Select(c => Quote(c.Key))));
        writer.Write("\r\n");
        foreach (var row in sheet.Rows)
        {
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                var cell = i < row.Count ? row[i] : ExportCell.Empty;
                writer.Write(cell.Number is not null ? cell.ToString() : Quote(Defuse(cell.Text)));
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>The sheet as a CSV string.</summary>
    public static string ToCsv(ExportSheet sheet)
    {
        var writer = new StringWriter(new StringBuilder()) { NewLine = "\r\n" };
        Write(sheet, writer);
        return writer.ToString();
    }

    internal static string Quote(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text[0] == ' ' || text[^1] == ' '
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    internal static string? Defuse(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
