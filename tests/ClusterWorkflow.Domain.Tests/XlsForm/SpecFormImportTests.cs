using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.XlsForm;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>pyxform's spec test form: most of the XLSForm standard in one sheet.</summary>
public class SpecFormImportTests
{
    private static readonly XlsFormImportResult Result = RealForms.Import("pyxform-xlsform_spec_test.xlsx");

    private static FormDefinition Form => Result.Form!;

    [Fact]
    public void ImportsAllButMediaAndDeviceMetadata()
    {
        var all = Form.AllFields();

        Assert.Equal(42, all.Count);
        Assert.Equal(5, all.Count(f => f.Type is FieldType.Group or FieldType.Repeat));
        Assert.DoesNotContain(all, f => f.Name is "image_test" or "audio_test" or "start" or "deviceid");
        Assert.Equal(["skip_to_end", "everything", "launch"], Form.Fields.Select(f => f.Name));
        Assert.Contains(Result.Problems, p => p is { Location: "survey!A36", Severity: ImportSeverity.Warning } && p.Message.Contains("'image' is not supported"));
        Assert.Contains(Result.Problems, p => p is { Location: "survey!A42", Severity: ImportSeverity.Info });
    }

    [Fact]
    public void FindsEnglishAndChineseWithChineseMessages()
    {
        Assert.Equal(["en", "zh"], Result.Languages.Select(l => l.Code));
        Assert.Equal("您好", Form.Field("address").Label["zh"]);
        Assert.Equal("ni hao", Form.Field("address").Hint["zh"]);
        Assert.StartsWith("對不起", Form.Field("select_multiple_test").ConstraintMessage["zh"]);
        Assert.Equal([2, 2], Form.ChoiceLists.Select(l => l.Choices.Count));
    }

    [Fact]
    public void DecimalConstraintAgainstAnotherQuestionPassesAndFailsAsWritten()
    {
        var constraint = Form.Field("a_decimal").Constraint!;

        Assert.Equal("value <= a_integer", constraint);
        Assert.Equal(true, JavaScriptRunner.Run(constraint, ("value", 3.5), ("a_integer", 4)));
        Assert.Equal(false, JavaScriptRunner.Run(constraint, ("value", 4.5), ("a_integer", 4)));
    }

    [Fact]
    public void SelectMultipleConstraintRejectsYesTogetherWithNo()
    {
        var constraint = Form.Field("select_multiple_test").Constraint!;

        Assert.Equal(true, JavaScriptRunner.Run(constraint, ("value", new[] { "yes" })));
        Assert.Equal(false, JavaScriptRunner.Run(constraint, ("value", new[] { "yes", "no" })));
        Assert.Equal("Sorry ${my_name}, you can't select yes and no.", Form.Field("select_multiple_test").ConstraintMessage["en"]);
    }

    [Fact]
    public void GroupRelevantHidesEverythingWhenSkipToEndIsYes()
    {
        var relevant = Form.Field("everything").Relevant!;

        Assert.Equal(false, JavaScriptRunner.Run(relevant, ("skip_to_end", "yes")));
        Assert.Equal(true, JavaScriptRunner.Run(relevant, ("skip_to_end", "no")));
        Assert.Equal(true, JavaScriptRunner.Run(relevant, ("skip_to_end", null)));
    }

    [Fact]
    public void EmailRegexRelevantShowsTheNoteOnlyForAnEmailAddress()
    {
        var relevant = Form.Field("email_note").Relevant!;

        Assert.Equal(true, JavaScriptRunner.Run(relevant, ("address", "tsa.budaun@example.org")));
        Assert.Equal(false, JavaScriptRunner.Run(relevant, ("address", "Ujhani block office")));
    }

    [Fact]
    public void RequiredRepeatCountAndCalculationAreKept()
    {
        Assert.True(Form.Field("required_text").Required);
        Assert.Equal("Custom required message.", Form.Field("required_text").RequiredMessage["en"]);
        Assert.True(Form.Field("list_nolabel_test").Required);
        Assert.False(Form.Field("select_multiple_test").Required);
        Assert.Equal(2, Form.Field("repeat_test").MaxRows);
        Assert.Equal(4.0, JavaScriptRunner.Run(Form.Field("calculate_test").Calculate!));
    }

    [Fact]
    public void NamesThatAreNotJavaScriptIdentifiersAreRenamedWithAWarning()
    {
        Assert.Equal(FieldType.SelectOne, Form.Field("label_test").Type);
        Assert.Equal(FieldType.SelectOne, Form.Field("compact_2_test").Type);
        Assert.Contains(Result.Problems, p => p is { Location: "survey!B21", Severity: ImportSeverity.Warning } && p.Message.Contains("imported as 'label_test'"));
    }

    [Fact]
    public void OtherTypesAreMappedToTheClosestFieldType()
    {
        Assert.Equal(FieldType.YesNo, Form.Field("acknowledge_test").Type);
        Assert.Equal(FieldType.Date, Form.Field("date_test").Type);
        Assert.Equal(FieldType.Text, Form.Field("time_test").Type);
        Assert.Equal(FieldType.GeoPoint, Form.Field("geopoint_test").Type);
        Assert.Equal(FieldType.Calculate, Form.Field("calculate_test").Type);
        Assert.Equal(FieldType.Note, Form.Field("note_test").Type);
        Assert.Equal(FieldType.Repeat, Form.Field("repeat_test").Type);
    }

    [Fact]
    public void IgnoredColumnsAreReportedOnce()
    {
        Assert.Single(Result.Problems, p => p.Location == "survey!S" && p.Message.Contains("'image'"));
        Assert.Single(Result.Problems, p => p.Location == "survey!L" && p.Severity == ImportSeverity.Info);
    }
}
