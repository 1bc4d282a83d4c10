using ClusterWorkflow.Domain.Forms.XlsForm;
using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>Writes a small XLSForm with MiniExcel: per sheet a header row, then data rows (row 2 onwards).</summary>
internal sealed class TestWorkbook
{
    private readonly Dictionary<string, object> _sheets = [];

    public TestWorkbook Sheet(string name, string[] header, params object?[][] rows)
    {
        _sheets[name] = rows.Select(row => header.Select((h, i) => (h, v: i < row.Length ? row[i] : null))
            .ToDictionary(c => c.h, c => c.v)).ToList();
        return this;
    }

    public TestWorkbook Survey(params object?[][] rows) => Sheet("survey", ["type", "name", "label", "relevant", "constraint", "calculation", "required"], rows);

    public TestWorkbook Choices(params object?[][] rows) => Sheet("choices", ["list_name", "name", "label"], rows);

    public XlsFormImportResult Import(string fileName = "test.xlsx")
    {
        using var stream = new MemoryStream();
        stream.SaveAs(_sheets);
        stream.Position = 0;
        return new XlsFormImporter().Import(stream, fileName);
    }
}
