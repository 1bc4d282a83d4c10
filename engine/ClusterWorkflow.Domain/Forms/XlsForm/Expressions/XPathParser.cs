namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// Recursive-descent parser for the XPath 1.0 expression grammar as XLSForm uses it, with
/// XPath's precedence: or &lt; and &lt; equality &lt; relational &lt; additive &lt;
/// multiplicative &lt; unary minus &lt; union &lt; path.
/// </summary>
internal sealed class XPathParser
{
    private static readonly HashSet<string> NodeTypeTests = new(StringComparer.Ordinal) { "node", "text", "comment", "processing-instruction" };

    private readonly string _source;
    private readonly List<XPathToken> _tokens;
    private int _index;

    private XPathParser(string source)
    {
        _source = source;
        _tokens = XPathTokenizer.Tokenize(source);
    }

    /// <exception cref="XPathSyntaxException">The expression is not well formed.</exception>
    public static XPathNode Parse(string source)
    {
        var parser = new XPathParser(source);
        if (parser.Current.Kind == XPathTokenKind.End)
        {
            throw new XPathSyntaxException("the expression is empty", 1);
        }
        var node = parser.ParseOr();
        if (parser.Current.Kind != XPathTokenKind.End)
        {
            throw new XPathSyntaxException($"unexpected '{parser.Current.Text}' after a complete expression; is an operator or a comma missing?", parser.Current.Position);
        }
        return node;
    }

    private XPathToken Current => _tokens[_index];

    private XPathToken Next => _tokens[Math.Min(_index + 1, _tokens.Count - 1)];

    private XPathToken Take() => _tokens[_index++];

    private XPathNode ParseOr() => ParseLeftAssociative(ParseAnd, "or");

    private XPathNode ParseAnd() => ParseLeftAssociative(ParseEquality, "and");

    private XPathNode ParseEquality() => ParseLeftAssociative(ParseRelational, "=", "!=");

    private XPathNode ParseRelational() => ParseLeftAssociative(ParseAdditive, "<", "<=", ">", ">=");

    private XPathNode ParseAdditive() => ParseLeftAssociative(ParseMultiplicative, "+", "-");

    private XPathNode ParseMultiplicative() => ParseLeftAssociative(ParseUnary, "*", "div", "mod");

    private XPathNode ParseLeftAssociative(Func<XPathNode> operand, params string[] operators)
    {
        var left = operand();
        while (Current.Kind == XPathTokenKind.Operator && operators.Contains(Current.Text))
        {
            var op = Take();
            if (Current.Kind == XPathTokenKind.End)
            {
                throw new XPathSyntaxException($"'{op.Text}' needs a value after it", op.Position);
            }
            left = new XPathBinary(op.Text, left, operand(), left.Position);
        }
        return left;
    }

    private XPathNode ParseUnary()
    {
        if (Current.IsOperator("-"))
        {
            var minus = Take();
            return new XPathNegation(ParseUnary(), minus.Position);
        }
        return ParseLeftAssociative(ParsePath, "|");
    }

    private XPathNode ParsePath()
    {
        var token = Current;
        switch (token.Kind)
        {
            case XPathTokenKind.FieldReference:
            case XPathTokenKind.Number:
            case XPathTokenKind.String:
            case XPathTokenKind.LeftParen:
            case XPathTokenKind.Name when Next.Kind == XPathTokenKind.LeftParen && !NodeTypeTests.Contains(token.Text):
                var primary = ParsePrimary();
                return IsPathContinuation() ? ContinuePath(primary.Position, isFiltered: true) : primary;
            case XPathTokenKind.Dot when !IsPathContinuationAt(_index + 1):
                Take();
                return new XPathCurrent(token.Position);
            case XPathTokenKind.Dot:
            case XPathTokenKind.DotDot:
            case XPathTokenKind.Slash:
            case XPathTokenKind.DoubleSlash:
            case XPathTokenKind.Name:
            case XPathTokenKind.At:
                return ContinuePath(token.Position, isFiltered: false);
            case XPathTokenKind.End:
                throw new XPathSyntaxException("the expression ends where a value was expected", token.Position);
            default:
                throw new XPathSyntaxException($"unexpected '{token.Text}' where a value was expected", token.Position);
        }
    }

    private XPathNode ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case XPathTokenKind.FieldReference:
                return new XPathFieldReference(token.Text, token.Position);
            case XPathTokenKind.Number:
                return new XPathNumber(token.Text, token.Position);
            case XPathTokenKind.String:
                return new XPathString(token.Text, token.Position);
            case XPathTokenKind.LeftParen:
                var inner = ParseOr();
                Expect(XPathTokenKind.RightParen, "')' to close the '(' at column " + token.Position);
                return inner;
            default:
                Take();
                var arguments = new List<XPathNode>();
                if (Current.Kind != XPathTokenKind.RightParen)
                {
                    arguments.Add(ParseOr());
                    while (Current.Kind == XPathTokenKind.Comma)
                    {
                        Take();
                        arguments.Add(ParseOr());
                    }
                }
                Expect(XPathTokenKind.RightParen, $"')' to close {token.Text}( at column {token.Position}");
                return new XPathFunctionCall(token.Text, arguments, token.Position);
        }
    }

    /// <summary>Reads the rest of a location path (steps, slashes, predicates) and keeps its text.</summary>
    private XPathPath ContinuePath(int startPosition, bool isFiltered)
    {
        var steps = new List<string>();
        var endPosition = startPosition;
        while (true)
        {
            var token = Current;
            if (token.Kind is XPathTokenKind.Dot or XPathTokenKind.DotDot or XPathTokenKind.Name)
            {
                Take();
                steps.Add(token.Text);
                if (token.Kind == XPathTokenKind.Name && Current.Kind == XPathTokenKind.LeftParen)
                {
                    Take();
                    Expect(XPathTokenKind.RightParen, $"')' after {token.Text}(");
                }
            }
            else if (token.Kind is XPathTokenKind.Slash or XPathTokenKind.DoubleSlash or XPathTokenKind.At)
            {
                Take();
            }
            else if (token.Kind == XPathTokenKind.LeftBracket)
            {
                Take();
                ParseOr();
                Expect(XPathTokenKind.RightBracket, "']' to close the '[' at column " + token.Position);
                isFiltered = true;
            }
            else
            {
                break;
            }
            endPosition = _tokens[_index - 1].Position + _tokens[_index - 1].Text.Length;
        }
        var text = _source[(startPosition - 1)..Math.Min(endPosition - 1, _source.Length)];
        return new XPathPath(text.Trim(), steps, text.StartsWith('/'), isFiltered, startPosition);
    }

    private bool IsPathContinuation() => IsPathContinuationAt(_index);

    private bool IsPathContinuationAt(int index) =>
        _tokens[index].Kind is XPathTokenKind.Slash or XPathTokenKind.DoubleSlash or XPathTokenKind.LeftBracket;

    private void Expect(XPathTokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            var found = Current.Kind == XPathTokenKind.End ? "the end of the expression" : $"'{Current.Text}'";
            throw new XPathSyntaxException($"expected {what}, found {found}", Current.Position);
        }
        Take();
    }
}
