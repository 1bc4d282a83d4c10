using System.Text;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Upload;
using ClusterWorkflow.Domain.Forms.Validation;
using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Tests.Forms;

public sealed class RosterUploadTests
{
    private static readonly FormValidator Validator = new(new FormsOptions { UploadMaxRows = 600 });
    private static readonly Dictionary<string, object?> November = new() { ["period"] = "2026-11" };
    private readonly FormDefinition _form = PilotForms.Roster();
    private readonly RosterUpload _upload = new(Validator);

    private static List<string> Columns(FormDefinition form) =>
        RosterTemplate.Columns(form.Fields.Single(f => f.Name == "roster")).Select(f => f.Name).ToList();

    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows, IReadOnlyList<string> columns)
    {
        var ordered = rows.Select(r => columns.ToDictionary(c => c, c => r.GetValueOrDefault(c))).ToList();
        using var output = new MemoryStream();
        output.SaveAs(ordered, sheetName: "roster", excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    private RosterUploadResult Upload(byte[] bytes, string fileName, FormValidator? validator = null) =>
        new RosterUpload(validator ?? Validator).Read(_form, "roster", new MemoryStream(bytes), fileName, November);

    [Fact]
    public void TemplateHasTheFillableFieldsAsHeaderAndTheChoicesOnASecondSheet()
    {
        var bytes = RosterTemplate.Create(_form, "roster")!;

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["roster", "choices", "fields"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var header = (IDictionary<string, object?>)MiniExcel.Query(stream, sheetName: "roster").Single();
        Assert.Equal(21, header.Count);
        Assert.Equal(("enterprise_id", "status", "days_operated"), (header["A"], header["C"], header["J"]));
        Assert.DoesNotContain("workers_total", header.Values);
        stream.Position = 0;
        var choices = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "choices").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(11, choices.Count);
        Assert.Contains(choices, c => (string?)c["name"] == "not_traced" && (string?)c["label::hi"] == "पता नहीं चला");
    }

    [Fact]
    public void EmptyTemplateUploadedBackSaysThereAreNoRows()
    {
        var result = Upload(RosterTemplate.Create(_form, "roster")!, "roster.xlsx");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Rows, problem.Code);
        Assert.True(result.FileRejected);
    }

    [Fact]
    public void FiveHundredRowRosterWithMixedErrorsReportsExactlyTheWrongRowsAndColumns()
    {
        var rows = Enumerable.Range(0, 500).Select(i => PilotForms.ActiveRow($"E{i:000}")).ToList();
        rows[6] = rows[6].With("revenue_via_collective", 12_001);
        rows[41] = rows[41].With("status", "closed");
        rows[99] = rows[99].With("trained_this_fy", "maybe");
        rows[150] = rows[150].With("owner_gender", null);
        rows[222] = rows[222].With("loan_overdue", 10_500);
        rows[300] = rows[300].With("person_days", 999);
        rows[301] = rows[301].With("social_category", "XYZ");
        rows[420] = rows[420].With("workers_hired_male", 0).With("workers_family_male", 1);
        rows[499] = rows[499].With("enterprise_id", "E 499");

        var result = Upload(Xlsx(rows, Columns(_form)), "roster-2026-11.xlsx");

        // Sheet row = index + 2 (row 1 is the header); columns follow the template.
        Assert.Equal(
        [
            "8 M revenue_via_collective Error",
            "43 C status Error",
            "101 T trained_this_fy Error",
            "152 D owner_gender Error",
            "224 S loan_overdue Error",
            "302 K person_days Error",
            "303 E social_category Error",
            "422 Q wages_paid Warning",
            "501 A enterprise_id Error",
        ], result.Problems.Select(p => $"{p.Row} {p.Column} {p.Field} {p.Severity}"));
        Assert.Equal(500, result.Rows.Count);
        Assert.Equal(492, result.ValidRows.Count());
        Assert.Equal(2.0, result.Rows[0].Values["workers_total"]);
        Assert.True(result.Rows[420].HasErrors is false && result.Rows[41].HasErrors);
    }

    [Fact]
    public void CsvWithUnknownAndMissingColumnsIsRejectedWithColumnLetters()
    {
        var csv = "enterprise_id,status,owner_gender,revenue,workers_family_female\nE1,active,female,100,1\n";

        var result = Upload(Encoding.UTF8.GetBytes(csv), "roster.csv");

        Assert.True(result.FileRejected);
        Assert.Contains(result.Problems, p => (p.Row, p.Column, p.Field, p.Code) == (1, "D", "revenue", ProblemCodes.Column) && p.Severity == Severity.Error);
        Assert.Contains(result.Problems, p => p.Field == "social_category" && p.Code == ProblemCodes.Column && p.Severity == Severity.Error && p.Row is null);
        Assert.Contains(result.Problems, p => p.Field == "enterprise_name" && p.Code == ProblemCodes.Column && p.Severity == Severity.Warning);
        Assert.Empty(result.ValidRows);
    }

    [Fact]
    public void CsvRowsAreNumberedAsInTheSheetSkippingBlankLines()
    {
        var columns = Columns(_form);
        var good = PilotForms.ActiveRow("E1");
        var bad = PilotForms.ActiveRow("E2").With("days_operated", "31");
        string Line(Dictionary<string, object?> r) => string.Join(",", columns.Select(c => r.GetValueOrDefault(c)?.ToString() ?? ""));
        var csv = string.Join("\n", string.Join(",", columns), Line(good), "", Line(bad)) + "\n";

        var result = Upload(Encoding.UTF8.GetBytes(csv), "roster.csv");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "J", "days_operated"), (problem.Row, problem.Column, problem.Field));
        Assert.Equal([2, 4], result.Rows.Select(r => r.SheetRow));
    }

    [Fact]
    public void DuplicateEnterpriseIdsInAnUploadAreReported()
    {
        var rows = new[] { PilotForms.ActiveRow("E1"), PilotForms.ActiveRow("E1") };

        var problem = Assert.Single(Upload(Xlsx(rows, Columns(_form)), "r.xlsx").Problems);

        Assert.Equal(("roster", (int?)null), (problem.Field, problem.Row));
        Assert.Equal("Each enterprise ID may appear only once", problem.Message);
    }

    [Fact]
    public void TooManyRowsIsAFileProblem()
    {
        var small = new FormValidator(new FormsOptions { UploadMaxRows = 10 });
        var rows = Enumerable.Range(0, 12).Select(i => PilotForms.ActiveRow($"E{i}"));

        var result = Upload(Xlsx(rows, Columns(_form)), "r.xlsx", small);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("12 data rows; at most 10", problem.Message);
        Assert.True(result.FileRejected);
        Assert.Equal(10, result.Rows.Count);
    }

    [Theory]
    [InlineData("roster.xlsx", "could not be read as Excel")]
    [InlineData("roster.pdf", "neither an Excel workbook")]
    public void FileThatIsNotASpreadsheetIsAClearProblem(string fileName, string message)
    {
        var result = Upload([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], fileName);

        Assert.Contains(message, Assert.Single(result.Problems).Message);
        Assert.Empty(result.Rows);
    }
}
