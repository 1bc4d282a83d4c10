using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>An expression of a field with the names it refers to, found once when the form is compiled.</summary>
internal sealed record CompiledExpression(string Code, string SourceId, IReadOnlyList<string> Names, ScriptError? SyntaxError)
{
    public static CompiledExpression? Create(ScriptSandbox sandbox, string? code, string sourceId)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var analysis = sandbox.Analyze(sourceId, code);
        return new CompiledExpression(code, sourceId, analysis.UnknownNames, analysis.SyntaxError);
    }
}
