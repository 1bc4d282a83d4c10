using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>Imported forms pass the product's own definition checks and validate submissions as the XLSForm meant.</summary>
public class ImportedFormValidationTests
{
    private static readonly FormValidator Validator = new(new FormsOptions { AdditionalPrelude = XlsFormFunctions.Prelude });

    [Theory]
    [MemberData(nameof(RealFormImportTests.Files), MemberType = typeof(RealFormImportTests))]
    public void EveryImportedFormPassesTheDefinitionValidator(string fileName)
    {
        var form = RealForms.ImportForm(fileName);

        Assert.Empty(Validator.ValidateDefinition(form));
    }

    [Fact]
    public void SpecFormConstraintBlocksADecimalAboveTheInteger()
    {
        var form = RealForms.ImportForm("pyxform-xlsform_spec_test.xlsx");

        var failing = Validator.Validate(form, new Dictionary<string, object?> { ["a_integer"] = 4, ["a_decimal"] = 5.5 });
        var passing = Validator.Validate(form, new Dictionary<string, object?> { ["a_integer"] = 4, ["a_decimal"] = 3.5 });

        Assert.Equal("a_decimal", Assert.Single(failing.Errors).Field);
        Assert.DoesNotContain(passing.Errors, p => p.Field == "a_decimal");
    }

    [Fact]
    public void SpecFormRepeatRowsCheckTheirOwnSelectMultipleAndRequiredText()
    {
        var form = RealForms.ImportForm("pyxform-xlsform_spec_test.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["required_text"] = "first", ["select_multiple_test"] = new[] { "yes" }, ["list_nolabel_test"] = "no" },
            new() { ["required_text"] = null, ["select_multiple_test"] = new[] { "yes", "no" }, ["list_nolabel_test"] = "yes" },
        };

        var result = Validator.Validate(form, new Dictionary<string, object?> { ["repeat_test"] = rows });

        Assert.Equal(["repeat_test[1].required_text", "repeat_test[1].select_multiple_test"], result.Errors.Select(p => p.Path).Order());
    }

    [Fact]
    public void SpecifyOtherTextIsClearedWhenOtherIsNotChosen()
    {
        var form = RealForms.ImportForm("pyxform-specify_other.xlsx");

        var other = Validator.Validate(form, new Dictionary<string, object?> { ["sex"] = "other", ["sex_other"] = "prefer to self-describe" });
        var male = Validator.Validate(form, new Dictionary<string, object?> { ["sex"] = "male", ["sex_other"] = "left over" });

        Assert.Equal("prefer to self-describe", other.Data["sex_other"]);
        Assert.Null(male.Data.GetValueOrDefault("sex_other"));
    }

    [Fact]
    public void PreludeKeepsTheFormFunctionsSumAndCountWithAFunctionArgument()
    {
        var rows = new[] { new Dictionary<string, object?> { ["x"] = 2 }, new Dictionary<string, object?> { ["x"] = 3 } };
        var variables = new Dictionary<string, object?> { ["roster"] = rows };

        Assert.Equal(5.0, Validator.Sandbox.Evaluate("t", "sum(roster, r => r.x)", variables).Value);
        Assert.Equal(1.0, Validator.Sandbox.Evaluate("t", "count(roster, r => r.x > 2)", variables).Value);
        Assert.Equal(5.0, Validator.Sandbox.Evaluate("t", "sum(column(roster, 'x'))", variables).Value);
    }
}
