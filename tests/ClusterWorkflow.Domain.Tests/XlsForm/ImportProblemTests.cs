using ClusterWorkflow.Domain.Forms.XlsForm;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>Bad spreadsheets give problems at the right sheet, row and column, all in one pass.</summary>
public class ImportProblemTests
{
    private static ImportProblem SingleError(XlsFormImportResult result)
    {
        Assert.Null(result.Form);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void MissingNameIsReportedAtTheNameCellOfItsRow()
    {
        var result = new TestWorkbook().Survey(["text", "village", "Village"], ["integer", null, "Households"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!B3", error.Location);
        Assert.Contains("has no name", error.Message);
    }

    [Fact]
    public void UnknownTypeIsReportedAtTheTypeCell()
    {
        var result = new TestWorkbook().Survey(["text", "village"], ["intger", "households"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!A3", error.Location);
        Assert.StartsWith("unknown question type 'intger'", error.Message);
    }

    [Fact]
    public void AGroupThatIsNeverClosedIsReportedAtItsBeginRow()
    {
        var result = new TestWorkbook().Survey(["text", "village"], ["begin group", "household"], ["integer", "members"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!A3", error.Location);
        Assert.Contains("'begin group' household is never closed", error.Message);
    }

    [Fact]
    public void AnEndWithoutBeginIsReportedAtTheEndRow()
    {
        var result = new TestWorkbook().Survey(["text", "village"], ["end group"]).Import();

        Assert.Equal("survey!A3", SingleError(result).Location);
    }

    [Fact]
    public void EndGroupClosingARepeatSaysWhichRepeatAndWhatToWrite()
    {
        var result = new TestWorkbook().Survey(["begin repeat", "roster"], ["integer", "revenue"], ["end group"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!A4", error.Location);
        Assert.Equal("'end group' closes the repeat 'roster' begun at row 2; write 'end repeat' here", error.Message);
    }

    [Fact]
    public void UnknownChoiceListIsReportedAndAWrongCaseIsPointedOut()
    {
        var result = new TestWorkbook()
            .Survey(["select_one colours", "colour"], ["select_multiple crops", "crops"])
            .Choices(["Colours", "red", "Red"])
            .Import();

        Assert.Null(result.Form);
        Assert.Equal(["survey!A2", "survey!A3"], result.Errors.Select(e => e.Location));
        Assert.Contains("but 'Colours' is; list names are case-sensitive", result.Errors.First().Message);
        Assert.Contains("choice list 'crops' is not in the choices sheet", result.Errors.Last().Message);
    }

    [Fact]
    public void UntranslatableExpressionIsReportedAtItsCellWithTheCharacter()
    {
        var result = new TestWorkbook().Survey(["integer", "households"], ["integer", "members", null, null, ". >= pulldata('hh', 'size', 'id', ${households})"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!E3", error.Location);
        Assert.StartsWith("function 'pulldata' is not supported", error.Message);
        Assert.Contains("at character 6", error.Message);
    }

    [Fact]
    public void DuplicateNameIsReportedWithTheFirstRow()
    {
        var result = new TestWorkbook().Survey(["text", "village"], ["integer", "members"], ["text", "village"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!B4", error.Location);
        Assert.Contains("already used at row 2", error.Message);
    }

    [Fact]
    public void AllProblemsOfASheetComeInOnePassAndBlankRowsKeepTheNumbering()
    {
        var result = new TestWorkbook().Survey(
            ["begin group", "household"],
            ["intger", "members"],
            [null, null, null],
            ["integer", null],
            ["select_one nowhere", "where"],
            ["text", "note1", null, "${missing} = 'x'"]).Import();

        Assert.Null(result.Form);
        Assert.Equal(["survey!A2", "survey!A3", "survey!A6", "survey!B5", "survey!D7"], result.Errors.Select(e => e.Location).Order());
    }

    [Fact]
    public void AReferenceToALeftOutQuestionSaysWhy()
    {
        var result = new TestWorkbook().Survey(["image", "photo"], ["text", "caption", null, "${photo} != ''"]).Import();

        var error = SingleError(result);
        Assert.Equal("survey!D3", error.Location);
        Assert.Contains("left out of the import (question type 'image' is not supported", error.Message);
    }

    [Fact]
    public void ConditionalRequiredIsImportedAsOptionalWithAWarning()
    {
        var result = new TestWorkbook().Survey(["text", "owner"], ["text", "phone", null, null, null, null, "${owner} != ''"]).Import();

        Assert.False(result.Form!.Fields[1].Required);
        Assert.Contains(result.Problems, p => p is { Location: "survey!G3", Severity: ImportSeverity.Warning });
    }

    [Fact]
    public void SurveyWithoutTypeColumnIsAClearProblem()
    {
        var result = new TestWorkbook().Sheet("survey", ["kind", "name"], ["text", "village"]).Import();

        Assert.Equal("the survey sheet has no 'type' column; its first row must hold the headers type, name and label", SingleError(result).Message);
    }

    [Fact]
    public void WorkbookWithoutSurveySheetNamesTheSheetsItHas()
    {
        var result = new TestWorkbook().Sheet("Sheet1", ["type", "name"], ["text", "village"]).Import("roster.xlsx");

        var error = SingleError(result);
        Assert.Equal("roster.xlsx", error.Location);
        Assert.Contains("no 'survey' sheet (sheets found: 'Sheet1')", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x74, 0x79, 0x70, 0x65, 0x2C, 0x6E }, "not an Excel workbook (.xlsx)")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "old Excel 97-2003 workbook (.xls)")]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "not a readable Excel workbook")]
    public void AFileThatIsNotAnXlsxIsAProblemNotAnException(byte[] content, string message)
    {
        var result = new XlsFormImporter().Import(new MemoryStream(content), "form.xlsx");

        var error = SingleError(result);
        Assert.Equal("form.xlsx", error.Location);
        Assert.Contains(message, error.Message);
    }
}
