namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// Scriban reads an unclosed <c>{{</c> as plain text and reports nothing, so the tag would show up
/// in the output. This finds a <c>{{</c> with no <c>}}</c> before the next <c>{{</c> or the end.
/// </summary>
internal static class UnclosedTags
{
    public static List<ReportError> Find(string name, string text)
    {
        var errors = new List<ReportError>();
        var open = text.IndexOf("{{", StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                var (line, column) = Position(text, open);
                errors.Add(new ReportError(name, ReportErrorKind.Syntax, "This '{{' is never closed: add '}}' where the expression ends.", line, column));
            }

            open = next >= 0 && (close < 0 || next < close) ? next : close < 0 ? -1 : text.IndexOf("{{", close + 2, StringComparison.Ordinal);
        }

        return errors;
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
