namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>The lexical classes of an XLSForm (XPath 1.0 plus <c>${name}</c>) expression.</summary>
internal enum XPathTokenKind
{
    FieldReference,
    Number,
    String,
    Name,
    Operator,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    DotDot,
    Slash,
    DoubleSlash,
    At,
    End,
}
