namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// How translated expressions name things, shared with whoever evaluates them: questions are
/// plain identifiers named like the question; inside a repeat the current row's questions shadow
/// the outer ones; a repeat is an array of row objects; these names are reserved on top.
/// </summary>
public static class XlsFormJavaScript
{
    /// <summary>The answer of the question being checked: XLSForm's <c>.</c>.</summary>
    public const string CurrentValue = ExpressionNames.CurrentValue;

    /// <summary>The 1-based number of the current repeat row: XLSForm's <c>position(..)</c>.</summary>
    public const string RowPosition = ExpressionNames.RowPosition;

    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
        "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
        "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected",
        "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity",
    };

    /// <summary>True when <paramref name="name"/> can be written as a bare JavaScript identifier.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$')
        && !ReservedWords.Contains(name);

    /// <summary>A JavaScript string literal in single quotes.</summary>
    public static string Quote(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => c.ToString(),
            });
        }
        return builder.Append('\'').ToString();
    }
}
