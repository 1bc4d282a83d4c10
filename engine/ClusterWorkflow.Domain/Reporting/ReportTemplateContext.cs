using System.Text;
using Scriban;
using Scriban.Parsing;

namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// A Scriban context that escapes every value a template prints, so a cluster named
/// <c>&lt;script&gt;</c> shows as text. Only <see cref="Markup"/> from the product's own functions
/// is written as it is. One per render: a context is not thread-safe.
/// </summary>
internal sealed class ReportTemplateContext(ReportFormat format) : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Prepare(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Prepare(textAsObject));

    private object Prepare(object? value) => value switch
    {
        null => null!,
        Markup markup => markup.Text,
        _ => format == ReportFormat.Html ? HtmlText.Escape(ObjectToString(value)) : EscapeMarkdown(ObjectToString(value)),
    };

    private static string EscapeMarkdown(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("|<>\r\n") < 0)
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '|' => "\\|",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "",
                '\n' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
