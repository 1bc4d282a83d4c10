using Scriban;
using Scriban.Parsing;

namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// A parsed Scriban report template. Parse once, render many times, from any thread: a parsed
/// template is immutable; each render gets its own context.
/// </summary>
public sealed class ReportTemplate
{
    private ReportTemplate(string name, ReportFormat format, Template parsed)
    {
        Name = name;
        Format = format;
        Parsed = parsed;
    }

    /// <summary>File name or upload name, used in error messages.</summary>
    public string Name { get; }

    public ReportFormat Format { get; }

    internal Template Parsed { get; }

    /// <summary>
    /// Parses template text. The format comes from <paramref name="format"/> or else the name
    /// (<c>.html.sbn</c>, <c>.md.sbn</c>). All syntax errors are returned at once with line:column.
    /// </summary>
    public static ReportTemplateParseResult Parse(string name, string? text, ReportFormat? format = null)
    {
        var chosen = format ?? FormatFromName(name);
        if (chosen is null)
        {
            return new(null, [new ReportError(name, ReportErrorKind.Syntax, "Cannot tell the output format from the name: end it in .html.sbn or .md.sbn.", null, null)]);
        }

        text ??= "";
        var errors = UnclosedTags.Find(name, text);
        Template parsed;
        try
        {
            parsed = Template.Parse(text, name);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            errors.Add(new ReportError(name, ReportErrorKind.Syntax, "The template could not be read: " + exception.Message, null, null));
            return new(null, errors);
        }

        errors.AddRange(parsed.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new ReportError(name, ReportErrorKind.Syntax, m.Message, m.Span.Start.Line + 1, m.Span.Start.Column + 1)));
        return errors.Count > 0
            ? new(null, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList())
            : new(new ReportTemplate(name, chosen.Value, parsed), []);
    }

    /// <summary><c>.html.sbn</c> → HTML, <c>.md.sbn</c> → Markdown, anything else → null.</summary>
    public static ReportFormat? FormatFromName(string name) =>
        name.EndsWith(".html.sbn", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Html
        : name.EndsWith(".md.sbn", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Markdown
        : null;
}
