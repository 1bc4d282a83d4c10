using System.Text.Json;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Domain.Tests.Forms;

public sealed class SubmissionValidationTests
{
    private static readonly FormValidator Validator = new();
    private readonly FormDefinition _form = SampleForms.Household();

    private SubmissionValidationResult Validate(Dictionary<string, object?> data, string language = "en") =>
        Validator.Validate(_form, data, language);

    [Fact]
    public void ValidSubmissionHasNoProblemsAndGetsItsCalculations()
    {
        var result = Validate(new()
        {
            ["village"] = "Kurud", ["has_land"] = true, ["acres"] = 2.5, ["crops"] = "paddy bamboo",
            ["members"] = new List<object?> { SampleForms.Member(30, "active", 2000), SampleForms.Member(60, "closed", 999) },
        });

        Assert.Empty(result.Problems);
        var members = (List<Dictionary<string, object?>>)result.Data["members"]!;
        Assert.Equal("Kurud#1", members[0]["row_label"]);
        Assert.Equal("Kurud#2", members[1]["row_label"]);
        Assert.Null(members[1]["earnings"]);
        Assert.Equal(2000.0, result.Data["total_earnings"]);
        Assert.Equal(4000.0, result.Data["doubled"]);
        Assert.Equal(new List<object?> { "paddy", "bamboo" }, result.Data["crops"]);
    }

    [Fact]
    public void AllProblemsAreReportedInOnePassWithPathsAndRows()
    {
        var result = Validate(new()
        {
            ["has_land"] = "yes", ["acres"] = 250, ["visit_date"] = "30/11/2026",
            ["members"] = new List<object?>
            {
                SampleForms.Member("thirty", "active"),
                SampleForms.Member(20, "retired"),
                SampleForms.Member(10, "active", 50_000),
            },
        });

        Assert.Equal(
        [
            "village:required:",
            "visit_date:type:",
            "acres:max:",
            "members[0].age:type:1",
            "members[1].status:choice:2",
            "members[2].earnings:constraint:3",
        ], result.Problems.Select(p => $"{p.Path}:{p.Code}:{p.Row}"));
        Assert.True(result.HasErrors);
        Assert.Equal("Village is required", result.Problems[0].Message);
        Assert.Equal("Earnings look too high for the age", result.Problems[^1].Message);
    }

    [Fact]
    public void MessagesComeInTheRequestedLanguageWithEnglishAsFallback()
    {
        var result = Validate(new()
        {
            ["has_land"] = false,
            ["members"] = new List<object?> { SampleForms.Member(10, "active", 50_000), SampleForms.Member(40, "active", 13), SampleForms.Member(null, "closed") },
        }, "hi");

        Assert.Equal(
            ["गाँव आवश्यक है", "आयु के हिसाब से कमाई बहुत अधिक है", "Unlucky number", "यह फ़ील्ड आवश्यक है।"],
            result.Problems.Select(p => p.Message));
    }

    [Fact]
    public void WarningTravelsWithoutBlocking()
    {
        var result = Validate(new()
        {
            ["village"] = "Nagri", ["has_land"] = false,
            ["members"] = new List<object?> { SampleForms.Member(40, "active", 13) },
        });

        var warning = Assert.Single(result.Problems);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("members[0].earnings", warning.Path);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void NonRelevantFieldsAreClearedAndNotChecked()
    {
        var result = Validate(new()
        {
            ["village"] = "Nagri", ["has_land"] = false, ["acres"] = 5000, ["crops"] = "wheat",
            ["members"] = new List<object?> { SampleForms.Member(40, "closed", 1_000_000) },
        });

        Assert.Empty(result.Problems);
        Assert.Null(result.Data["acres"]);
        Assert.Null(result.Data["crops"]);
        Assert.Null(((List<Dictionary<string, object?>>)result.Data["members"]!)[0]["earnings"]);
        Assert.Equal(0.0, result.Data["total_earnings"]);
    }

    [Fact]
    public void SubmissionReadFromJsonValidatesLikeDotNetValues()
    {
        var json = """{ "village": "Kurud", "has_land": true, "acres": 3, "crops": ["maize"], "members": [ { "age": 33, "status": "active", "earnings": 100 } ] }""";
        var data = JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;

        var result = Validate(data);

        Assert.Empty(result.Problems);
        Assert.Equal(100.0, result.Data["total_earnings"]);
    }

    [Fact]
    public void RowsValidatedOnTheirOwnAreHeldToTheRepeatsRowLimitToo()
    {
        // A submission's roster is checked row by row through ValidateRows; its count went unchecked
        // there, so a roster over the form's limit was saved and submitted without a problem.
        var rows = Enumerable.Range(0, 7).Select(_ => (IReadOnlyDictionary<string, object?>)SampleForms.Member(20, "closed")).ToList();

        var (kept, problems) = Validator.ValidateRows(_form, "members", rows, new Dictionary<string, object?> { ["village"] = "V" });

        var problem = Assert.Single(problems, p => p.Code == ProblemCodes.Rows);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("At most 5 rows are allowed; 7 were given", problem.Message);
        Assert.Equal(5, kept.Count);
    }

    [Fact]
    public void TooManyRowsIsAProblemAndUnknownFieldsAreWarnings()
    {
        var rows = Enumerable.Range(0, 7).Select(_ => (object?)SampleForms.Member(20, "closed")).ToList();

        var result = Validate(new() { ["village"] = "V", ["has_land"] = false, ["members"] = rows, ["colour"] = "red" });

        Assert.Equal(["colour:unknown-field:Warning", "members:rows:Error"], result.Problems.Select(p => $"{p.Path}:{p.Code}:{p.Severity}").Order());
        Assert.Contains("At most 5 rows", result.Problems.Single(p => p.Code == ProblemCodes.Rows).Message);
        Assert.Equal(5, ((List<Dictionary<string, object?>>)result.Data["members"]!).Count);
    }

    [Fact]
    public void BrokenRuleIsReportedAsAProblemNotAnException()
    {
        var form = _form with
        {
            Fields = [new FieldDefinition { Name = "n", Type = FieldType.Integer, Constraint = "value.toFixed(2).boom()" }],
        };

        var result = Validator.Validate(form, new Dictionary<string, object?> { ["n"] = 3 });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Script, problem.Code);
        Assert.Contains("n.constraint", problem.Message);
        Assert.Contains("not a function", problem.Message);
    }

    [Theory]
    [InlineData(FieldType.Integer, "12", 12.0)]
    [InlineData(FieldType.Integer, "1,234", 1234.0)]
    [InlineData(FieldType.Decimal, "2.5", 2.5)]
    [InlineData(FieldType.YesNo, "हाँ", true)]
    [InlineData(FieldType.YesNo, "No", false)]
    [InlineData(FieldType.Date, "2026-11-30", "2026-11-30")]
    [InlineData(FieldType.GeoPoint, "28.03  79.12", "28.03 79.12")]
    public void TextFromSpreadsheetsIsReadAsTheFieldsType(FieldType type, string raw, object expected)
    {
        var form = _form with { Fields = [new FieldDefinition { Name = "x", Type = type }] };

        var result = Validator.Validate(form, new Dictionary<string, object?> { ["x"] = raw });

        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Data["x"]);
    }

    [Theory]
    [InlineData(FieldType.Integer, "2.5")]
    [InlineData(FieldType.Decimal, "abc")]
    [InlineData(FieldType.YesNo, "maybe")]
    [InlineData(FieldType.Date, "2026-02-30")]
    [InlineData(FieldType.GeoPoint, "95 10")]
    public void ValueThatDoesNotFitTheTypeIsATypeProblem(FieldType type, string raw)
    {
        var form = _form with { Fields = [new FieldDefinition { Name = "x", Type = type, Required = true }] };

        var result = Validator.Validate(form, new Dictionary<string, object?> { ["x"] = raw });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Type, problem.Code);
        Assert.Contains(raw, problem.Message);
    }
}
