using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Host.Api;

namespace ClusterWorkflow.Host.Reports;

/// <summary>How reports leave the API: the format parameter, content types, and the header that names the template used.</summary>
internal static class ReportResponses
{
    public const string TemplateHeader = "X-Report-Template";

    /// <summary><c>html</c> (default) or <c>md</c>; anything else is a 400 naming the choices.</summary>
    public static (ReportFormat? Format, IResult? Invalid) Format(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "html" => (ReportFormat.Html, null),
        "md" or "markdown" => (ReportFormat.Markdown, null),
        _ => (null, ApiResults.Invalid([new Problem("bad-format", $"Unknown format '{format}': use format=html or format=md.", "format")])),
    };

    public static IResult From(RenderedReport report, ReportFormat format, HttpContext context)
    {
        if (!report.Ok)
        {
            return Results.Problem(
                title: "The report could not be rendered",
                detail: string.Join(" ", report.Errors.Select(e => e.ToString())),
                statusCode: StatusCodes.Status500InternalServerError);
        }
        context.Response.Headers[TemplateHeader] = report.FellBack ? $"shipped (uploaded template failed)" : report.Template;
        return Results.Content(report.Content, format == ReportFormat.Html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8");
    }
}
