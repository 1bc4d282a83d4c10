using System.Text.Json;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;
using Jint;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>Runs translated JavaScript with the XLSForm prelude, variables given as JSON-able values.</summary>
internal static class JavaScriptRunner
{
    public static object? Run(string javaScript, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromSeconds(5)));
        engine.Execute(XlsFormFunctions.Prelude);
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            engine.Execute($"var {name} = {JsonSerializer.Serialize(value)};");
        }
        return engine.Evaluate(javaScript).ToObject();
    }
}
