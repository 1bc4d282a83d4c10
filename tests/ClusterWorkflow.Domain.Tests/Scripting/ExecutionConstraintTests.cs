using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.Scripting;

/// <summary>Each runaway script ends in a clear error, the process lives on, and the next evaluation works.</summary>
public sealed class ExecutionConstraintTests
{
    private static readonly Dictionary<string, object?> NoVariables = [];

    private readonly ScriptSandbox _sandbox = new(new ScriptOptions
    {
        TimeLimit = TimeSpan.FromSeconds(30),
        MaxStatements = 100_000,
        MemoryLimitBytes = 16 * 1024 * 1024,
        MaxRecursionDepth = 64,
    });

    private void AssertNextEvaluationWorks()
    {
        var result = _sandbox.Evaluate("after", "6 * 7", NoVariables);
        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(42.0, result.Value);
    }

    [Fact]
    public void InfiniteLoopStopsAtTheStatementLimit()
    {
        var result = _sandbox.Evaluate("kpi.loop", "while (true) { }", NoVariables);

        Assert.Equal(ScriptErrorKind.StatementLimit, result.Error!.Kind);
        Assert.Equal("kpi.loop", result.Error.SourceId);
        Assert.Contains("100,000 statements", result.Error.Message);
        AssertNextEvaluationWorks();
    }

    [Fact]
    public void SlowLoopStopsAtTheTimeLimit()
    {
        var sandbox = new ScriptSandbox(new ScriptOptions { TimeLimit = TimeSpan.FromMilliseconds(200), MaxStatements = int.MaxValue - 1 });

        var result = sandbox.Evaluate("kpi.slow", "for (;;) { }", NoVariables);

        Assert.Equal(ScriptErrorKind.Timeout, result.Error!.Kind);
        Assert.Equal(1.0, sandbox.Evaluate("after", "1", NoVariables).Value);
    }

    [Fact]
    public void DeepRecursionStopsAtTheRecursionLimit()
    {
        var result = _sandbox.Evaluate("kpi.recurse", "function down(n) { return down(n + 1); }\ndown(0)", NoVariables);

        Assert.Equal(ScriptErrorKind.RecursionLimit, result.Error!.Kind);
        AssertNextEvaluationWorks();
    }

    [Fact]
    public void RecursionWithoutADepthLimitIsStoppedByTheStackGuardInsteadOfKillingTheProcess()
    {
        var sandbox = new ScriptSandbox(new ScriptOptions { MaxRecursionDepth = int.MaxValue, MaxStatements = int.MaxValue - 1, TimeLimit = TimeSpan.FromSeconds(20) });

        var result = sandbox.Evaluate("kpi.recurse", "function down(n) { return 1 + down(n + 1); } down(0)", NoVariables);

        Assert.Equal(ScriptErrorKind.RecursionLimit, result.Error!.Kind);
        Assert.Contains("call stack", result.Error.Message);
        Assert.Equal(3.0, sandbox.Evaluate("after", "1 + 2", NoVariables).Value);
    }

    [Fact]
    public void HugeAllocationStopsAtTheMemoryLimit()
    {
        // A generous time limit, so that on a busy machine the memory limit is the one reached.
        var sandbox = new ScriptSandbox(new ScriptOptions { TimeLimit = TimeSpan.FromMinutes(2), MemoryLimitBytes = 16 * 1024 * 1024 });

        var result = sandbox.Evaluate("kpi.hog", "var a = []; while (true) { a.push(new Array(100000).fill(1)); }", NoVariables);

        Assert.Equal(ScriptErrorKind.MemoryLimit, result.Error!.Kind);
        Assert.Contains("16 MB", result.Error.Message);
        Assert.Equal(42.0, sandbox.Evaluate("after", "6 * 7", NoVariables).Value);
    }

    [Fact]
    public void CancelledRequestStopsTheScript()
    {
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var sandbox = new ScriptSandbox(new ScriptOptions { TimeLimit = TimeSpan.FromSeconds(30), MaxStatements = int.MaxValue - 1 });

        var result = sandbox.Evaluate("kpi.cancel", "while (true) { }", NoVariables, source.Token);

        Assert.Equal(ScriptErrorKind.Cancelled, result.Error!.Kind);
        Assert.Equal(2.0, sandbox.Evaluate("after", "2", NoVariables).Value);
    }

    [Theory]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("clr.System")]
    [InlineData("host.lib")]
    public void DotNetIsOutOfReach(string attempt)
    {
        var result = _sandbox.Evaluate("kpi.escape", attempt, NoVariables);

        Assert.Equal(ScriptErrorKind.Runtime, result.Error!.Kind);
        Assert.Contains("is not defined", result.Error.Message);
        AssertNextEvaluationWorks();
    }

    [Fact]
    public void PassedObjectsCannotReachTheirDotNetType()
    {
        var variables = new Dictionary<string, object?> { ["row"] = new Dictionary<string, object?> { ["n"] = 1.0 } };

        var result = _sandbox.Evaluate("kpi.escape", "typeof row.GetType + '/' + typeof row.constructor.constructor('return importNamespace')()", variables);

        Assert.False(result.Ok);
        Assert.Equal(ScriptErrorKind.Runtime, result.Error!.Kind);
    }
}
