using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

public class ExpressionTranslatorTests
{
    private static readonly Dictionary<string, XlsFormSymbol> Fields = new[]
    {
        new XlsFormSymbol("a_integer", XlsFormValueKind.Number),
        new XlsFormSymbol("a_decimal", XlsFormValueKind.Number),
        new XlsFormSymbol("title", XlsFormValueKind.Text),
        new XlsFormSymbol("crops", XlsFormValueKind.MultipleChoice),
        new XlsFormSymbol("visit_date", XlsFormValueKind.Date),
        new XlsFormSymbol("roster", XlsFormValueKind.Repeat),
        new XlsFormSymbol("revenue", XlsFormValueKind.Number, "roster"),
        new XlsFormSymbol("revenue_via_collective", XlsFormValueKind.Number, "roster"),
        new XlsFormSymbol("label-test", "label_test", XlsFormValueKind.Text, []),
    }.ToDictionary(s => s.Name);

    private static XlsFormExpressionContext At(string? field = null) =>
        new() { Fields = Fields, CurrentField = field is null ? null : Fields[field] };

    private static string Translate(string expression, string? field = null)
    {
        var translation = XlsFormExpressionTranslator.Translate(expression, At(field));
        Assert.True(translation.Ok, string.Join("; ", translation.Problems));
        return translation.JavaScript!;
    }

    private static ExpressionProblem SingleProblem(string expression, string? field = null)
    {
        var translation = XlsFormExpressionTranslator.Translate(expression, At(field));
        Assert.Null(translation.JavaScript);
        return Assert.Single(translation.Problems);
    }

    [Fact]
    public void DotIsTheCurrentValueAndFieldReferencesAreIdentifiers()
    {
        var js = Translate(". <= ${a_integer}", "a_decimal");

        Assert.Equal("value <= a_integer", js);
        Assert.Equal(true, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["value"] = 3.5, ["a_integer"] = 4 }));
        Assert.Equal(false, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["value"] = 4.5, ["a_integer"] = 4 }));
    }

    [Fact]
    public void NotAndSelectedBecomeJavaScriptOperatorsAndPreludeCalls()
    {
        var js = Translate("not(selected(., 'yes') and selected (., 'no'))", "crops");

        Assert.Equal("!(selected(value, 'yes') && selected(value, 'no'))", js);
        Assert.Equal(false, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["value"] = new[] { "yes", "no" } }));
        Assert.Equal(true, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["value"] = new[] { "yes" } }));
    }

    [Fact]
    public void OrBindsLooserThanAndSoParenthesesArePreserved()
    {
        var js = Translate("(${a_integer} = 1 or ${a_integer} = 2) and ${title} != 'x'");

        Assert.Equal("(a_integer == 1 || a_integer == 2) && title != 'x'", js);
    }

    [Fact]
    public void DivAndModAreDivisionAndRemainder()
    {
        var js = Translate("${a_integer} div 4 + ${a_decimal} mod 3");

        Assert.Equal("a_integer / 4 + a_decimal % 3", js);
        Assert.Equal(3.5, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["a_integer"] = 10, ["a_decimal"] = 7 }));
    }

    [Fact]
    public void SubtractionKeepsRightHandParentheses()
    {
        Assert.Equal(2.0, JavaScriptRunner.Run(Translate("1 - (2 - 3)")));
        Assert.Equal(9.0, JavaScriptRunner.Run(Translate("(1 + 2) * 3")));
    }

    [Fact]
    public void ComparingWithEmptyTextMeansUnanswered()
    {
        var js = Translate("${title} = ''");
        var notEmpty = Translate("${title} != ''");

        Assert.Equal("isEmpty(title)", js);
        Assert.Equal(true, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["title"] = null }));
        Assert.Equal(false, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["title"] = "a" }));
        Assert.Equal(true, JavaScriptRunner.Run(notEmpty, new Dictionary<string, object?> { ["title"] = "a" }));
    }

    [Fact]
    public void IfBecomesAConditional()
    {
        var js = Translate("if(${a_integer} > 5, 'big', 'small')");

        Assert.Equal("a_integer > 5 ? 'big' : 'small'", js);
        Assert.Equal("small", JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["a_integer"] = 5 }));
    }

    [Fact]
    public void CountSelectedAndStringLengthWork()
    {
        var js = Translate("count-selected(${crops}) >= 2 and string-length(${title}) < 5");

        Assert.Equal("countSelected(crops) >= 2 && stringLength(title) < 5", js);
        Assert.Equal(true, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["crops"] = new[] { "rice", "dal" }, ["title"] = "abc" }));
        Assert.Equal(false, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["crops"] = new[] { "rice" }, ["title"] = "abc" }));
    }

    [Fact]
    public void RegexMatchesAnywhereInTheText()
    {
        var js = Translate(@"regex(${title}, '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,4}')");

        Assert.Equal(true, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["title"] = "write to tsa@example.org" }));
        Assert.Equal(false, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["title"] = "tsa at example dot org" }));
    }

    [Fact]
    public void PlusConvertsTextToNumbersInsteadOfConcatenating()
    {
        var js = Translate("${title} + 1");

        Assert.Equal("number(title) + 1", js);
        Assert.Equal(3.0, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["title"] = "2" }));
    }

    [Fact]
    public void DatesCompareWithTodayAndSubtractAsDays()
    {
        var notInFuture = Translate(". <= today()", "visit_date");
        var age = Translate("${visit_date} - date('2024-01-01')");

        Assert.Equal(true, JavaScriptRunner.Run(notInFuture, new Dictionary<string, object?> { ["value"] = "2020-01-31" }));
        Assert.Equal(false, JavaScriptRunner.Run(notInFuture, new Dictionary<string, object?> { ["value"] = "2999-01-01" }));
        Assert.Equal(31.0, JavaScriptRunner.Run(age, new Dictionary<string, object?> { ["visit_date"] = "2024-02-01" }));
    }

    [Fact]
    public void ConcatCoalesceRoundAndIntBehaveAsInOdk()
    {
        var vars = new Dictionary<string, object?> { ["title"] = "x", ["a_decimal"] = null, ["a_integer"] = 10 };

        Assert.Equal("x-none", JavaScriptRunner.Run(Translate("concat(${title}, '-', coalesce(${a_decimal}, 'none'))"), vars));
        Assert.Equal(3.33, JavaScriptRunner.Run(Translate("round(${a_integer} div 3, 2)"), vars));
        Assert.Equal(-3.0, JavaScriptRunner.Run(Translate("int(-${a_integer} div 3)"), vars));
    }

    [Fact]
    public void SumOverARepeatFromOutsideCollectsTheColumn()
    {
        var js = Translate("sum(${revenue}) > 10 and count(${roster}) = 3");
        var rows = new[]
        {
            new Dictionary<string, object?> { ["revenue"] = 10 },
            new Dictionary<string, object?> { ["revenue"] = null },
            new Dictionary<string, object?> { ["revenue"] = 5 },
        };

        Assert.Equal("sum(column(roster, 'revenue')) > 10 && count(roster) == 3", js);
        Assert.Equal(true, JavaScriptRunner.Run(js, new Dictionary<string, object?> { ["roster"] = rows }));
    }

    [Fact]
    public void InsideARepeatASiblingIsTheCurrentRowsValue()
    {
        Assert.Equal("value <= revenue", Translate(". <= ${revenue}", "revenue_via_collective"));
        Assert.Equal("position == 1", Translate("position(..) = 1", "revenue"));
    }

    [Fact]
    public void ARepeatColumnUsedAsOneValueIsAProblem()
    {
        var problem = SingleProblem("${revenue} > 5");

        Assert.Equal(1, problem.Column);
        Assert.Contains("sum()", problem.Message);
    }

    [Fact]
    public void UnsupportedFunctionIsReportedAtItsColumn()
    {
        var problem = SingleProblem("${a_integer} + pulldata('fruits', 'name', 'key', ${title})");

        Assert.Equal(16, problem.Column);
        Assert.StartsWith("function 'pulldata' is not supported", problem.Message);
    }

    [Fact]
    public void UnknownQuestionIsReportedAtItsColumn()
    {
        var problem = SingleProblem("${a_integer} > ${a_integr}");

        Assert.Equal(16, problem.Column);
        Assert.Contains("'${a_integr}' refers to no question", problem.Message);
    }

    [Fact]
    public void AllProblemsOfOneExpressionAreReportedTogether()
    {
        var translation = XlsFormExpressionTranslator.Translate("foo(${nope}) and jr:choice-name(${title}, '${title}')", At());

        Assert.Null(translation.JavaScript);
        Assert.Equal([1, 5, 18], translation.Problems.Select(p => p.Column).Order());
    }

    [Theory]
    [InlineData("${a_integer} > ", 14, "'>' needs a value after it")]
    [InlineData("(${a_integer} > 1", 18, "expected ')' to close the '(' at column 1")]
    [InlineData("'abc", 1, "never closed")]
    [InlineData("${title} = \u2018x\u2019", 12, "typographic quote")]
    [InlineData("${a_integer} == 1", 14, "use a single =")]
    [InlineData("${a_integer} && 1", 14, "use 'and'")]
    [InlineData("${a_integer} 1", 14, "is an operator or a comma missing?")]
    [InlineData("", 1, "empty")]
    public void SyntaxErrorsSayWhereAndHowToFix(string expression, int column, string message)
    {
        var problem = SingleProblem(expression);

        Assert.Equal(column, problem.Column);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void NumbersAreNormalisedSoJavaScriptReadsThemAsDecimals()
    {
        Assert.Equal("7 + 1.5 + 0.25", Translate("007 + 1.50 + .25"));
    }

    [Fact]
    public void AbsoluteAndRelativePathsNameAQuestionByItsLastStep()
    {
        Assert.Equal("a_integer > 18 && title != 'x'", Translate("/data/group/a_integer > 18 and ../title != 'x'"));
    }

    [Fact]
    public void ARenamedQuestionIsReferredToByItsNewName()
    {
        Assert.Equal("label_test == 'yes'", Translate("${label-test} = 'yes'"));
    }

    [Fact]
    public void OperatorWordsAreNamesWhereNoOperatorCanStand()
    {
        // "div" and "mod" right after '(' are names, so this is a path, not a division.
        var problem = SingleProblem("count(div)");

        Assert.Contains("the path 'div' is not supported", problem.Message);
    }

    [Fact]
    public void OnceTranslatesWithAWarning()
    {
        var translation = XlsFormExpressionTranslator.Translate("once(today())", At());

        Assert.Equal("today()", translation.JavaScript);
        Assert.True(Assert.Single(translation.Problems).IsWarning);
    }
}
