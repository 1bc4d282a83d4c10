using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>Runs translated JavaScript in the product's sandbox with the XLSForm prelude loaded.</summary>
internal static class JavaScriptRunner
{
    public static ScriptSandbox Sandbox { get; } = new(new ScriptOptions(), XlsFormFunctions.Prelude);

    public static object? Run(string javaScript, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = Sandbox.Evaluate("test", javaScript, variables ?? new Dictionary<string, object?>());
        Assert.True(result.Ok, result.Error?.ToString());
        return result.Value;
    }

    public static object? Run(string javaScript, params (string Name, object? Value)[] variables) =>
        Run(javaScript, variables.ToDictionary(v => v.Name, v => v.Value));
}
