using System.Text;

namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// Reads CSV (RFC 4180: commas, double quotes, "" inside quotes, LF or CRLF, optional UTF-8 BOM) into
/// rows keyed by column letter. Written here rather than taken from MiniExcel because MiniExcel drops
/// blank lines, and then every row number after one would differ from what Excel shows.
/// </summary>
internal static class CsvCells
{
    public static IEnumerable<IDictionary<string, object?>> Read(Stream content)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    cell.Append('"');
                    reader.Read();
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                cells.Add(cell.ToString());
                cell.Clear();
                yield return Row(cells);
                cells.Clear();
                any = false;
            }
            else
            {
                cell.Append(ch);
            }
        }
        if (any)
        {
            cells.Add(cell.ToString());
            yield return Row(cells);
        }
    }

    private static Dictionary<string, object?> Row(List<string> cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            row[SpreadsheetColumns.Letter(i)] = cells[i];
        }
        return row;
    }
}
