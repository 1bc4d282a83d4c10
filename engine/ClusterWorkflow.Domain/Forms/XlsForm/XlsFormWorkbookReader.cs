using System.Globalization;
using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// Reads the sheets of an .xlsx with MiniExcel into rows numbered as Excel numbers them. The first
/// non-empty row of a sheet is its header. A file that is not a readable workbook is a problem.
/// </summary>
internal static class XlsFormWorkbookReader
{
    /// <summary>The sheets an XLSForm import reads; others (e.g. external_choices, notes) are listed but not parsed.</summary>
    public static readonly string[] SheetsRead = ["survey", "choices", "settings"];

    /// <returns>The names of all sheets and the parsed <see cref="SheetsRead"/> by case-insensitive name, or null when the file cannot be read at all.</returns>
    public static (IReadOnlyList<string> Names, Dictionary<string, XlsFormSheet> Sheets)? Read(Stream stream, string fileName, XlsFormImportOptions options, List<ImportProblem> problems)
    {
        var buffer = Buffer(stream, fileName, options, problems);
        if (buffer is null)
        {
            return null;
        }
        try
        {
            var names = buffer.GetSheetNames();
            var sheets = new Dictionary<string, XlsFormSheet>(StringComparer.OrdinalIgnoreCase);
            // Parsing a sheet costs about as much as its formatted range, so sheets the import does not use are skipped.
            foreach (var name in names.Where(n => SheetsRead.Contains(n.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                buffer.Position = 0;
                sheets.TryAdd(name.Trim(), ReadSheet(buffer, name, options, problems));
            }
            return (names, sheets);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            problems.Add(new ImportProblem(fileName, null, null, ImportSeverity.Error,
                $"the file is not a readable Excel workbook (.xlsx): {exception.Message} Save it from Excel or LibreOffice as .xlsx and try again."));
            return null;
        }
    }

    private static MemoryStream? Buffer(Stream stream, string fileName, XlsFormImportOptions options, List<ImportProblem> problems)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxFileBytes)
            {
                problems.Add(new ImportProblem(fileName, null, null, ImportSeverity.Error,
                    $"the file is larger than {options.MaxFileBytes / (1024 * 1024)} MB, the most an XLSForm may be; remove embedded images or unused sheets."));
                return null;
            }
        }
        // An .xlsx is a zip file; say so plainly instead of letting the zip reader talk about central directories.
        var bytes = buffer.GetBuffer();
        if (buffer.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B)
        {
            var what = buffer.Length == 0 ? "the file is empty" : bytes[0] == 0xD0 && bytes[1] == 0xCF
                ? "the file is an old Excel 97-2003 workbook (.xls)"
                : "the file is not an Excel workbook (.xlsx)";
            problems.Add(new ImportProblem(fileName, null, null, ImportSeverity.Error,
                $"{what}; save the XLSForm as an Excel workbook (.xlsx) and import that."));
            return null;
        }
        buffer.Position = 0;
        return buffer;
    }

    private static XlsFormSheet ReadSheet(MemoryStream buffer, string name, XlsFormImportOptions options, List<ImportProblem> problems)
    {
        List<XlsFormColumn>? columns = null;
        var rows = new List<XlsFormRow>();
        var rowNumber = 0;
        foreach (IDictionary<string, object?> raw in buffer.Query(useHeaderRow: false, sheetName: name))
        {
            rowNumber++;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (letter, value) in raw)
            {
                var text = CellText(value);
                if (text is not null)
                {
                    cells[letter] = text;
                }
            }
            if (cells.Count == 0)
            {
                continue;
            }
            if (columns is null)
            {
                columns = cells.Select(c => XlsFormColumn.Parse(c.Key, c.Value)).ToList();
                continue;
            }
            if (rows.Count == options.MaxRowsPerSheet)
            {
                problems.Add(new ImportProblem(name, rowNumber, null, ImportSeverity.Error,
                    $"the sheet has more than {options.MaxRowsPerSheet} rows; the rest were not read. Remove unused rows at the end of the sheet."));
                break;
            }
            rows.Add(new XlsFormRow(rowNumber, cells));
        }
        return new XlsFormSheet(name.Trim(), columns ?? [], rows);
    }

    /// <summary>Cell values as the XLSForm author typed them: 12.0 reads "12", TRUE reads "true".</summary>
    private static string? CellText(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            DateTime date => date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
