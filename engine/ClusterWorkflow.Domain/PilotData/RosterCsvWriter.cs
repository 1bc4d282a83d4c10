using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Writes a roster month as a TSA would upload it: a header of field names, one line per row,
/// RFC 4180 quoting, LF line ends, invariant culture (no digit grouping), yes/no for booleans,
/// an empty cell for a missing value. Values may be plain .NET values or JsonElements.
/// </summary>
public static class RosterCsvWriter
{
    /// <summary>Writes <paramref name="rows"/> with the columns <paramref name="fields"/> (default: <see cref="RosterFields.All"/>).</summary>
    public static void Write(TextWriter writer, IEnumerable<IReadOnlyDictionary<string, object?>> rows, IReadOnlyList<string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        fields ??= RosterFields.All;
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write('\n');
        foreach (var row in rows)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }
                writer.Write(Quote(Cell(row.GetValueOrDefault(fields[i]))));
            }
            writer.Write('\n');
        }
    }

    /// <summary>The CSV text of <paramref name="rows"/>.</summary>
    public static string ToCsv(IEnumerable<IReadOnlyDictionary<string, object?>> rows, IReadOnlyList<string>? fields = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, rows, fields);
        return text.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes without a byte-order mark, as an upload would carry it.</summary>
    public static byte[] ToUtf8(IEnumerable<IReadOnlyDictionary<string, object?>> rows, IReadOnlyList<string>? fields = null) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToCsv(rows, fields));

    private static string Cell(object? value) => value switch
    {
        null => "",
        bool b => b ? "yes" : "no",
        JsonElement json => Cell(json),
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Rows read back from JSON (grain state, an API body) hold JsonElement values.</summary>
    private static string Cell(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString() ?? "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => json.GetRawText(),
    };

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '))
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}
