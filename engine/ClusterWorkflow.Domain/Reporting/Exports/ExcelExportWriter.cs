using System.Data;
using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>
/// Writes a round as one .xlsx workbook with MiniExcel, one worksheet per sheet. Numbers are stored
/// as numbers, so totals and filters work in Excel; headers are the stable column keys.
/// </summary>
public static class ExcelExportWriter
{
    public static void Write(RoundExport export, Stream stream)
    {
        // A DataTable keeps the header row even for a sheet without rows (e.g. no roll-ups yet).
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in export.Sheets)
        {
            sheets[SheetName(sheet.Name, sheets.Keys)] = Table(sheet);
        }

        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
    }

    private static DataTable Table(ExportSheet sheet)
    {
        var table = new DataTable(sheet.Name);
        foreach (var column in sheet.Columns)
        {
            var added = table.Columns.Add(UniqueName(table, column.Key), typeof(object));
            added.Caption = added.ColumnName;
        }

        foreach (var row in sheet.Rows)
        {
            var values = new object[sheet.Columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var cell = i < row.Count ? row[i] : ExportCell.Empty;
                values[i] = cell.Number is { } number ? number : (object?)CsvExportWriter.Defuse(cell.Text) ?? DBNull.Value;
            }

            table.Rows.Add(values);
        }

        return table;
    }

    private static string UniqueName(DataTable table, string key)
    {
        var name = string.IsNullOrEmpty(key) ? "column" : key;
        var candidate = name;
        for (var n = 2; table.Columns.Contains(candidate); n++)
        {
            candidate = $"{name}_{n}";
        }

        return candidate;
    }

    private static string SheetName(string name, IEnumerable<string> taken)
    {
        // Excel allows 31 characters and none of : \ / ? * [ ].
        var clean = new string(name.Select(c => ":\\/?*[]".Contains(c) ? '_' : c).ToArray());
        clean = clean.Length == 0 ? "sheet" : clean[..Math.Min(clean.Length, 28)];
        var candidate = clean;
        for (var n = 2; taken.Contains(candidate, StringComparer.OrdinalIgnoreCase); n++)
        {
            candidate = $"{clean}_{n}";
        }

        return candidate;
    }
}
