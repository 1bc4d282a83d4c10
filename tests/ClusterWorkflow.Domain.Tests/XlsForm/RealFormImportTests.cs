using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.XlsForm;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>The XLSForms written for pyxform's own tests import as their authors meant.</summary>
public class RealFormImportTests
{
    public static TheoryData<string> Files =>
        new(Directory.GetFiles(Path.GetDirectoryName(RealForms.PathOf("x"))!, "*.xlsx").Select(f => Path.GetFileName(f)));

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryRealXlsFormImportsWithoutErrorsAndRoundTripsAsJson(string fileName)
    {
        var form = RealForms.ImportForm(fileName);

        var (again, problems) = FormDefinitionJson.Read(FormDefinitionJson.Write(form));
        Assert.Empty(problems);
        Assert.Equal(form.AllFields().Select(f => f.Name), again!.AllFields().Select(f => f.Name));
    }

    [Fact]
    public void TheFilesAreAllThere()
    {
        Assert.Equal(8, Files.Count);
    }

    [Fact]
    public void TextAndIntegerHasTwoTypedQuestionsInEnglish()
    {
        var result = RealForms.Import("pyxform-text_and_integer.xlsx");
        var form = result.Form!;

        Assert.Equal(["your_name", "your_age"], form.Fields.Select(f => f.Name));
        Assert.Equal([FieldType.Text, FieldType.Integer], form.Fields.Select(f => f.Type));
        Assert.Equal("How many years old are you?", form.Fields[1].Label["en"]);
        Assert.Equal("en", Assert.Single(result.Languages).Code);
        Assert.Empty(form.ChoiceLists);
        Assert.Equal("pyxform-text_and_integer", form.Id);
    }

    [Fact]
    public void YesOrNoQuestionUsesItsTwoChoiceList()
    {
        var form = RealForms.ImportForm("pyxform-yes_or_no_question.xlsx");

        var question = Assert.Single(form.Fields);
        Assert.Equal(("good_day", FieldType.SelectOne, "yes_or_no"), (question.Name, question.Type, question.ChoiceList));
        Assert.Equal(["yes", "no"], Assert.Single(form.ChoiceLists).Choices.Select(c => c.Name));
    }

    [Fact]
    public void SpecifyOtherAddsTheOtherChoiceAndATextShownOnlyWhenItIsChosen()
    {
        var form = RealForms.ImportForm("pyxform-specify_other.xlsx");

        Assert.Equal(["sex", "sex_other"], form.Fields.Select(f => f.Name));
        Assert.Equal(["male", "female", "other"], form.ChoiceLists.Single(l => l.Name == "sexes").Choices.Select(c => c.Name));
        var relevant = form.Field("sex_other").Relevant!;
        Assert.Equal(true, JavaScriptRunner.Run(relevant, ("sex", "other")));
        Assert.Equal(false, JavaScriptRunner.Run(relevant, ("sex", "female")));
    }

    [Fact]
    public void GroupNestsItsQuestionsAndTheLanguageCodeComesFromTheHeader()
    {
        var result = RealForms.Import("pyxform-group.xlsx");
        var form = result.Form!;

        Assert.Equal(["family_name", "father"], form.Fields.Select(f => f.Name));
        var father = form.Field("father");
        Assert.Equal(FieldType.Group, father.Type);
        Assert.Equal(["phone_number", "age"], father.Children.Select(f => f.Name));
        Assert.Equal([FieldType.Text, FieldType.Integer], father.Children.Select(f => f.Type));
        Assert.Equal(new XlsFormLanguage("en", "English"), Assert.Single(result.Languages));
        Assert.Equal("How old is your father?", father.Children[1].Label["en"]);
    }

    [Fact]
    public void LoopOverAChoiceListBecomesOneGroupPerChoiceWithTheChoiceLabelFilledIn()
    {
        var form = RealForms.ImportForm("pyxform-loop.xlsx");

        var select = form.Field("available_toilet_types");
        Assert.Equal(FieldType.SelectMultiple, select.Type);
        // "or specify other" added the choice "other" before the loop ran over the list, as in pyxform.
        Assert.Equal(4, form.ChoiceLists.Single(l => l.Name == "toilet_type").Choices.Count);
        var numbers = form.AllFields().Where(f => f.Name.StartsWith("number_", StringComparison.Ordinal)).ToList();
        Assert.Equal(["number_pit_latrine_with_slab", "number_open_pit_latrine", "number_bucket_system", "number_other"], numbers.Select(f => f.Name));
        Assert.All(numbers, f => Assert.Equal(FieldType.Integer, f.Type));
        Assert.Equal("How many Bucket system are on the premises?", form.Field("number_bucket_system").Label["en"]);
        Assert.Equal(FieldType.Group, form.Field("loop_toilet_types_bucket_system").Type);
    }

    [Fact]
    public void ChoiceFilterIsReportedAndDuplicateChoicesAreKeptOnce()
    {
        var result = RealForms.Import("pyxform-choice_filter_test.xlsx");
        var form = result.Form!;

        Assert.Equal(("cascading_selects1", "cascading selects"), (form.Id, form.Title["en"]));
        Assert.Equal(["state", "county", "city"], form.Fields.Select(f => f.Name));
        Assert.Equal([2, 3, 8], new[] { "states", "counties", "cities" }.Select(n => form.ChoiceLists.Single(l => l.Name == n).Choices.Count));
        Assert.Equal(["survey!D3", "survey!D4"], result.Problems.Where(p => p.Message.StartsWith("choice_filter", StringComparison.Ordinal)).Select(p => p.Location));
        Assert.Contains(result.Problems, p => p.Location == "choices!B6" && p.Message.Contains("'king' appears more than once"));
    }

    [Fact]
    public void FieldListFormFindsEnglishAndChineseAcrossSheets()
    {
        var result = RealForms.Import("pyxform-field-list.xlsx");
        var form = result.Form!;

        Assert.Equal(["en", "zh"], result.Languages.Select(l => l.Code));
        Assert.Equal(["en", "zh"], form.Languages);
        Assert.Equal(["name", "table_list_question"], form.AllFields().Select(f => f.Name));
        Assert.Equal("是", form.ChoiceLists.Single().Choices[0].Label["zh"]);
        Assert.Equal("hint", form.Field("table_list_question").Hint["en"]);
    }
}
