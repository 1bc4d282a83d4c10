using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.Scripting;

public sealed class SandboxIsolationTests
{
    private static readonly Dictionary<string, object?> NoVariables = [];
    private readonly ScriptSandbox _sandbox = new(new ScriptOptions(), "function sum(xs) { var t = 0; for (var i = 0; i < xs.length; i++) { t += xs[i]; } return t; }");

    [Fact]
    public void ScriptCannotChangeTheCallersObjects()
    {
        var enterprises = new List<object?> { 1.0, 2.0, 3.0 };
        var row = new Dictionary<string, object?> { ["revenue"] = 500.0 };
        var variables = new Dictionary<string, object?> { ["enterprises"] = enterprises, ["row"] = row };

        var result = _sandbox.Evaluate("kpi.tamper", "enterprises.length = 0; enterprises.push(9); row.revenue = -1; delete row.revenue; 'done'", variables);

        Assert.Equal("done", result.Value);
        Assert.Equal([1.0, 2.0, 3.0], enterprises);
        Assert.Equal(500.0, row["revenue"]);
    }

    [Fact]
    public void GlobalSetInOneEvaluationIsInvisibleInTheNext()
    {
        var first = _sandbox.Evaluate("one", "leaked = 41; var declared = 1; let block = 2; leaked + 1", NoVariables);
        var second = _sandbox.Evaluate("two", "typeof leaked + ',' + typeof declared + ',' + typeof block", NoVariables);

        Assert.Equal(42.0, first.Value);
        Assert.Equal("undefined,undefined,undefined", second.Value);
    }

    [Fact]
    public void VariablesOfOneEvaluationAreGoneInTheNext()
    {
        _sandbox.Evaluate("one", "secret", new Dictionary<string, object?> { ["secret"] = "x" });

        var second = _sandbox.Evaluate("two", "typeof secret", NoVariables);

        Assert.Equal("undefined", second.Value);
    }

    [Fact]
    public void BuiltInsAndPreludeCannotBeReplacedForLaterEvaluations()
    {
        _sandbox.Evaluate("one", "Object.prototype.evil = 1; Array.prototype.push = null; Math.max = function () { return -1; }; sum = null; 0", NoVariables);

        var second = _sandbox.Evaluate("two", "[({}).evil, Math.max(1, 2), sum([1, 2, 3])]", NoVariables);

        Assert.Equal(new List<object?> { null, 2.0, 6.0 }, second.Value);
    }

    [Fact]
    public void SyntaxErrorCarriesLineAndColumnFromOne()
    {
        var result = _sandbox.Evaluate("roster.revenue_total", "1 +\n  * 2", NoVariables);

        Assert.Equal(ScriptErrorKind.Syntax, result.Error!.Kind);
        Assert.Equal("roster.revenue_total", result.Error.SourceId);
        Assert.Equal(2, result.Error.Line);
        Assert.Equal(3, result.Error.Column);
        Assert.Contains("Unexpected token '*'", result.Error.Message);
        Assert.Equal(2.0, _sandbox.Evaluate("after", "1 + 1", NoVariables).Value);
    }

    [Fact]
    public void SyntaxErrorInAFunctionBodyPointsIntoTheBodyNotTheWrapper()
    {
        var error = _sandbox.Check("kpi.body", "return )", isFunctionBody: true);

        Assert.NotNull(error);
        Assert.Equal((1, 8), (error!.Line!.Value, error.Column!.Value));
    }

    [Fact]
    public void RuntimeErrorCarriesLineAndColumn()
    {
        var result = _sandbox.Evaluate("kpi.null", "var a = 1;\nmissing.x", NoVariables);

        Assert.Equal(ScriptErrorKind.Runtime, result.Error!.Kind);
        Assert.Equal("ReferenceError: missing is not defined", result.Error.Message);
        Assert.Equal(2, result.Error.Line);
        Assert.Equal(1, result.Error.Column);
    }

    [Fact]
    public void FunctionBodyAnswersWithItsReturnValue()
    {
        var variables = new Dictionary<string, object?> { ["values"] = new[] { 2, 3 } };

        var returned = _sandbox.EvaluateFunctionBody("kpi.body", "var t = sum(values);\nreturn t * 10;", variables);
        var noReturn = _sandbox.EvaluateFunctionBody("kpi.body", "sum(values)", variables);

        Assert.Equal(50.0, returned.Value);
        Assert.True(noReturn.Ok);
        Assert.Null(noReturn.Value);
    }

    [Fact]
    public void ValuesConvertBothWays()
    {
        var variables = new Dictionary<string, object?>
        {
            ["n"] = 3, ["m"] = 2.5m, ["s"] = "ab", ["b"] = true, ["nothing"] = null,
            ["d"] = new DateOnly(2026, 11, 30),
            ["row"] = new Dictionary<string, object?> { ["k"] = new List<object?> { 1L, "x" } },
        };

        var result = _sandbox.Evaluate("convert", "({ total: n + m, text: s + d, flag: !b, none: nothing, nested: row.k })", variables);

        var map = Assert.IsType<Dictionary<string, object?>>(result.Value);
        Assert.Equal(5.5, map["total"]);
        Assert.Equal("ab2026-11-30", map["text"]);
        Assert.Equal(false, map["flag"]);
        Assert.Null(map["none"]);
        Assert.Equal(new List<object?> { 1.0, "x" }, map["nested"]);
    }

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("(function () { return 1; })")]
    [InlineData("Symbol('x')")]
    public void ResultThatCannotLeaveTheSandboxIsAnInvalidResult(string code)
    {
        var result = _sandbox.Evaluate("kpi.result", code, NoVariables);

        Assert.Equal(ScriptErrorKind.InvalidResult, result.Error!.Kind);
    }

    [Fact]
    public void AnalyzeListsNamesThatAreNeitherDeclaredNorGlobal()
    {
        var analysis = _sandbox.Analyze("field", "var local = 1; Math.max(local, revenue_total) + sum(workers) + unknown_field");

        Assert.True(analysis.Ok);
        Assert.Equal(["revenue_total", "unknown_field", "workers"], analysis.UnknownNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void EvaluationsFromManyThreadsAtOnceEachSeeTheirOwnVariables()
    {
        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var variables = new Dictionary<string, object?> { ["x"] = (double)i, ["xs"] = new[] { i, i } };
            var result = _sandbox.Evaluate("parallel", "seen = x; sum(xs) + x", variables);
            if (!result.Ok || (double)result.Value! != 3.0 * i)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
