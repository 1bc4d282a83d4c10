namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>A question an expression may refer to with <c>${Name}</c>.</summary>
/// <param name="Name">The name as written in the XLSForm.</param>
/// <param name="JavaScriptName">The identifier the question has in the imported form (differs when the XLSForm name is not a JavaScript identifier).</param>
/// <param name="Repeats">JavaScript names of the repeats that contain the question, outermost first; empty at the top level.</param>
public sealed record XlsFormSymbol(string Name, string JavaScriptName, XlsFormValueKind Kind, IReadOnlyList<string> Repeats)
{
    public XlsFormSymbol(string name, XlsFormValueKind kind, params IReadOnlyList<string> repeats)
        : this(name, name, kind, repeats)
    {
    }
}
