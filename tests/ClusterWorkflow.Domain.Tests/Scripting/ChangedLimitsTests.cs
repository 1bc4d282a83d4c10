using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.Scripting;

/// <summary>An administrator's change of the limits applies to the next evaluation of a sandbox that already pooled engines.</summary>
public sealed class ChangedLimitsTests
{
    private const string TenThousandSteps = "var n = 0; for (var i = 0; i < 10000; i++) { n += i; } n";
    private static readonly Dictionary<string, object?> NoVariables = [];

    [Fact]
    public void ALoweredStatementLimitStopsTheNextEvaluationAndARaisedOneLetsItRunAgain()
    {
        var options = new ScriptOptions { MaxStatements = 1_000_000 };
        var sandbox = new ScriptSandbox(options);
        Assert.True(sandbox.Evaluate("before", TenThousandSteps, NoVariables).Ok);

        options.MaxStatements = 1_000;
        var lowered = sandbox.Evaluate("lowered", TenThousandSteps, NoVariables);
        options.MaxStatements = 1_000_000;
        var raised = sandbox.Evaluate("raised", TenThousandSteps, NoVariables);

        Assert.Equal(ScriptErrorKind.StatementLimit, lowered.Error?.Kind);
        Assert.True(raised.Ok, raised.Error?.ToString());
        Assert.Equal(49_995_000.0, raised.Value);
    }

    [Fact]
    public void ALoweredRecursionLimitStopsTheNextEvaluation()
    {
        var options = new ScriptOptions { MaxRecursionDepth = 128 };
        var sandbox = new ScriptSandbox(options);
        const string fifty = "function f(k) { return k == 0 ? 0 : 1 + f(k - 1); } f(50)";
        Assert.True(sandbox.Evaluate("before", fifty, NoVariables).Ok);

        options.MaxRecursionDepth = 10;

        Assert.Equal(ScriptErrorKind.RecursionLimit, sandbox.Evaluate("lowered", fifty, NoVariables).Error?.Kind);
    }
}
