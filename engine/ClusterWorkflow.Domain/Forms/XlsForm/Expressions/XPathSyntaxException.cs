namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// Raised inside the tokenizer and parser only, where continuing after a syntax error would just
/// produce noise; <see cref="XlsFormExpressionTranslator"/> turns it into a problem.
/// </summary>
internal sealed class XPathSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
