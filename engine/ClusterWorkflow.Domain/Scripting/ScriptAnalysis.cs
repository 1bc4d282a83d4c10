namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// What a script refers to without declaring it, so a definition can be checked for unknown names
/// before it runs. <see cref="UnknownNames"/> leaves out JavaScript's own globals and the prelude.
/// </summary>
public sealed record ScriptAnalysis(ScriptError? SyntaxError, IReadOnlyList<string> UnknownNames)
{
    public bool Ok => SyntaxError is null;
}
