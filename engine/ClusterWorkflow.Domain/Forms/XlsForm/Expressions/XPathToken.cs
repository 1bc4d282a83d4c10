namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <param name="Position">Column of the token's first character in the expression, counted from 1.</param>
internal readonly record struct XPathToken(XPathTokenKind Kind, string Text, int Position)
{
    public bool IsOperator(string text) => Kind == XPathTokenKind.Operator && Text == text;
}
