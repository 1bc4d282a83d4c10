using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>How XLSForm features land in the form model, on small spreadsheets made in the test.</summary>
public class ImportMappingTests
{
    [Fact]
    public void HindiAndEnglishLabelsAreKeyedByTheirCodesWithTheSettingsDefaultFirst()
    {
        var result = new TestWorkbook()
            .Sheet("survey", ["type", "name", "label::English (en)", "label::Hindi (hi)"], ["integer", "workers", "Workers", "कामगार"])
            .Sheet("settings", ["form_title", "form_id", "default_language"], ["Roster", "roster_2026", "Hindi (hi)"])
            .Import();
        var form = result.Form!;

        Assert.Equal(["hi", "en"], form.Languages);
        Assert.Equal([new XlsFormLanguage("hi", "Hindi"), new XlsFormLanguage("en", "English")], result.Languages);
        Assert.Equal("कामगार", form.Fields[0].Label["hi"]);
        Assert.Equal("Workers", form.Fields[0].Label["en"]);
        Assert.Equal(("roster_2026", "Roster"), (form.Id, form.Title["hi"]));
    }

    [Fact]
    public void RequiredAcceptsTheSpellingsOfYes()
    {
        var form = new TestWorkbook().Survey(
            ["text", "a", null, null, null, null, "yes"],
            ["text", "b", null, null, null, null, "TRUE()"],
            ["text", "c", null, null, null, null, true],
            ["text", "d", null, null, null, null, "no"]).Import().Form!;

        Assert.Equal([true, true, true, false], form.Fields.Select(f => f.Required));
    }

    [Fact]
    public void SumOverARepeatIsComputedByTheFormValidator()
    {
        var form = new TestWorkbook().Survey(
            ["begin repeat", "roster"],
            ["integer", "revenue", null, null, ". >= 0"],
            ["end repeat"],
            ["calculate", "total", null, null, null, "sum(${revenue})"]).Import().Form!;
        var validator = new FormValidator(new FormsOptions { AdditionalPrelude = XlsFormFunctions.Prelude });
        var rows = new[] { 1200, -5, 300 }.Select(r => new Dictionary<string, object?> { ["revenue"] = r }).ToList();

        var result = validator.Validate(form, new Dictionary<string, object?> { ["roster"] = rows });

        Assert.Equal("sum(column(roster, 'revenue'))", form.Field("total").Calculate);
        Assert.Equal(1495.0, Convert.ToDouble(result.Data["total"]));
        Assert.Equal("roster[1].revenue", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void MetadataRowsAreLeftOutWithANote()
    {
        var result = new TestWorkbook().Survey(["start", "start"], ["deviceid", "deviceid"], ["text", "village"]).Import();

        Assert.Equal(["village"], result.Form!.Fields.Select(f => f.Name));
        Assert.Equal(2, result.Problems.Count(p => p.Severity == ImportSeverity.Info && p.Message.Contains("device metadata")));
    }

    [Fact]
    public void QuestionNamesThatWouldHideHelperFunctionsAreRenamed()
    {
        var result = new TestWorkbook().Survey(["date", "date"], ["integer", "count"], ["text", "value"], ["integer", "total", null, null, null, "${count} + 1"]).Import();
        var form = result.Form!;

        Assert.Equal(["date_", "count_", "value_", "total"], form.Fields.Select(f => f.Name));
        Assert.Equal("count_ + 1", form.Field("total").Calculate);
    }

    [Fact]
    public void NoChoicesSheetMeansEverySelectIsAProblem()
    {
        var result = new TestWorkbook().Survey(["select_one yes_no", "agree"]).Import();

        Assert.Equal("survey!A2", Assert.Single(result.Errors).Location);
    }
}
