using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.Scripting;

/// <summary>Where an error is reported when it happens inside a library (prelude) function.</summary>
public sealed class ErrorLocationTests
{
    private const string Prelude = "function ratio(a, b) {\n  if (b === 0) { throw new Error('ratio: the denominator is 0'); }\n  return a / b;\n}";
    private static readonly Dictionary<string, object?> NoVariables = [];
    private readonly ScriptSandbox _sandbox = new(new ScriptOptions(), Prelude);

    [Fact]
    public void ErrorInsideALibraryFunctionPointsAtTheCallInTheScript()
    {
        var result = _sandbox.EvaluateFunctionBody("kpi.margin", "var x = 1;\nvar y = 0;\nreturn   ratio(x, y);", NoVariables);

        Assert.Equal(ScriptErrorKind.Runtime, result.Error!.Kind);
        Assert.Contains("ratio: the denominator is 0", result.Error.Message);
        Assert.Equal(3, result.Error.Line);
        Assert.Equal(10, result.Error.Column);
    }

    [Fact]
    public void ErrorInTheScriptItselfKeepsItsOwnLocation()
    {
        var result = _sandbox.Evaluate("kpi.broken", "1 +\n  missing.value", NoVariables);

        Assert.Equal(ScriptErrorKind.Runtime, result.Error!.Kind);
        Assert.Equal(2, result.Error.Line);
    }
}
