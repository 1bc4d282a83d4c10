using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// Reads the cells of an .xlsx sheet (with MiniExcel) or a CSV file, keeping Excel's row numbers
/// (the first row is 1) and column letters. Reading stops after <c>maxDataRows + 1</c> filled rows,
/// so a huge file cannot exhaust memory; the rest are only counted.
/// </summary>
internal static class SheetReader
{
    public sealed record Sheet(IReadOnlyList<(int Number, IDictionary<string, object?> Cells)> Rows, int FilledDataRows);

    public static ExcelType? Detect(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".xlsx" or ".xlsm")
        {
            return ExcelType.XLSX;
        }
        if (extension is ".csv" or ".txt")
        {
            return ExcelType.CSV;
        }
        // A workbook is a zip file: "PK" at the start.
        var start = new byte[2];
        var read = content.Read(start, 0, 2);
        content.Position = 0;
        return read == 2 && start[0] == (byte)'P' && start[1] == (byte)'K' ? ExcelType.XLSX : null;
    }

    public static Sheet Read(Stream content, ExcelType type, string preferredSheet, int maxDataRows)
    {
        string? sheetName = null;
        if (type == ExcelType.XLSX)
        {
            var names = MiniExcel.GetSheetNames(content);
            content.Position = 0;
            sheetName = names.FirstOrDefault(n => string.Equals(n, preferredSheet, StringComparison.OrdinalIgnoreCase)) ?? names.FirstOrDefault();
        }

        var rows = new List<(int, IDictionary<string, object?>)>();
        var filled = 0;
        var number = 0;
        var source = type == ExcelType.CSV
            ? CsvCells.Read(content)
            : MiniExcel.Query(content, useHeaderRow: false, sheetName: sheetName, excelType: type).Cast<IDictionary<string, object?>>();
        foreach (var cells in source)
        {
            number++;
            var isFilled = cells.Values.Any(v => !IsBlank(v));
            if (number > 1 && isFilled)
            {
                filled++;
            }
            if (number == 1 || (isFilled && filled <= maxDataRows + 1))
            {
                rows.Add((number, cells));
            }
        }
        return new Sheet(rows, filled);
    }

    public static bool IsBlank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));
}
