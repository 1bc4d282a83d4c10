namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// Splits an XLSForm expression into tokens, following XPath 1.0's lexical rules: a name such as
/// <c>and</c>, <c>div</c> or <c>*</c> is an operator only where an operator can stand, so a field
/// called <c>mod</c> or a function called <c>count-selected</c> still reads right.
/// </summary>
internal static class XPathTokenizer
{
    private static readonly HashSet<string> OperatorNames = new(StringComparer.Ordinal) { "and", "or", "div", "mod" };

    public static List<XPathToken> Tokenize(string text)
    {
        var tokens = new List<XPathToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (c == '$')
            {
                tokens.Add(ReadFieldReference(text, ref i));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(new XPathToken(XPathTokenKind.Number, ReadNumber(text, ref i), start + 1));
            }
            else if (c is '\'' or '"')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new XPathSyntaxException($"the text starting with {c} is never closed; add the closing {c}", start + 1);
                }
                tokens.Add(new XPathToken(XPathTokenKind.String, text[(i + 1)..end], start + 1));
                i = end + 1;
            }
            else if (c is '\u2018' or '\u2019' or '\u201C' or '\u201D')
            {
                throw new XPathSyntaxException($"typographic quote {c} (often inserted by Excel's autocorrect); use a straight quote ' or \" instead", start + 1);
            }
            else if (IsNameStart(c))
            {
                var name = ReadName(text, ref i);
                var kind = OperatorNames.Contains(name) && OperatorMayFollow(tokens) ? XPathTokenKind.Operator : XPathTokenKind.Name;
                tokens.Add(new XPathToken(kind, name, start + 1));
            }
            else
            {
                tokens.Add(ReadSymbol(text, ref i, tokens));
            }
        }
        tokens.Add(new XPathToken(XPathTokenKind.End, "", text.Length + 1));
        return tokens;
    }

    private static XPathToken ReadFieldReference(string text, ref int i)
    {
        var start = i;
        if (i + 1 >= text.Length || text[i + 1] != '{')
        {
            throw new XPathSyntaxException("a field reference is written ${name}", start + 1);
        }
        var close = text.IndexOf('}', i + 2);
        if (close < 0)
        {
            throw new XPathSyntaxException("'${' is never closed; write ${name}", start + 1);
        }
        var name = text[(i + 2)..close].Trim();
        if (name.Length == 0 || !name.All(ch => IsNameChar(ch) && ch != ':'))
        {
            throw new XPathSyntaxException($"'${{{name}}}' is not a field name; names use letters, digits, '_', '-' and '.'", start + 1);
        }
        i = close + 1;
        return new XPathToken(XPathTokenKind.FieldReference, name, start + 1);
    }

    private static string ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i < text.Length && text[i] == '.' && !(i + 1 < text.Length && text[i + 1] == '.'))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        return text[start..i];
    }

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }
        return text[start..i];
    }

    private static XPathToken ReadSymbol(string text, ref int i, List<XPathToken> previous)
    {
        var start = i;
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        (XPathTokenKind kind, string symbol) = c switch
        {
            '(' => (XPathTokenKind.LeftParen, "("),
            ')' => (XPathTokenKind.RightParen, ")"),
            '[' => (XPathTokenKind.LeftBracket, "["),
            ']' => (XPathTokenKind.RightBracket, "]"),
            ',' => (XPathTokenKind.Comma, ","),
            '@' => (XPathTokenKind.At, "@"),
            '.' when next == '.' => (XPathTokenKind.DotDot, ".."),
            '.' => (XPathTokenKind.Dot, "."),
            '/' when next == '/' => (XPathTokenKind.DoubleSlash, "//"),
            '/' => (XPathTokenKind.Slash, "/"),
            '!' when next == '=' => (XPathTokenKind.Operator, "!="),
            '<' when next == '=' => (XPathTokenKind.Operator, "<="),
            '>' when next == '=' => (XPathTokenKind.Operator, ">="),
            '|' when next == '|' => throw new XPathSyntaxException("'||' is not an XPath operator; use 'or'", start + 1),
            '=' when next == '=' => throw new XPathSyntaxException("'==' is not an XPath operator; use a single =", start + 1),
            '=' or '<' or '>' or '+' or '-' or '|' => (XPathTokenKind.Operator, c.ToString()),
            '*' when OperatorMayFollow(previous) => (XPathTokenKind.Operator, "*"),
            '*' => (XPathTokenKind.Name, "*"),
            '!' => throw new XPathSyntaxException("'!' is not an XPath operator; use not(...) or !=", start + 1),
            '&' => throw new XPathSyntaxException("'&' is not an XPath operator; use 'and'", start + 1),
            _ => throw new XPathSyntaxException($"unexpected character '{c}'", start + 1),
        };
        i += symbol.Length;
        return new XPathToken(kind, symbol, start + 1);
    }

    /// <summary>XPath 1.0 §3.7: after these tokens a name is a name, otherwise an operator.</summary>
    private static bool OperatorMayFollow(List<XPathToken> previous)
    {
        if (previous.Count == 0)
        {
            return false;
        }
        var last = previous[^1];
        return last.Kind is not (XPathTokenKind.At or XPathTokenKind.LeftParen or XPathTokenKind.LeftBracket
            or XPathTokenKind.Comma or XPathTokenKind.Operator or XPathTokenKind.Slash or XPathTokenKind.DoubleSlash);
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':';
}
