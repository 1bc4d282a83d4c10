using ClusterWorkflow.Domain.Reporting;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// The note at the top of a report rendered with the shipped template because the uploaded one
/// failed: readers learn that the layout is not their program's, and administrators where to look.
/// </summary>
internal static class FallbackNotice
{
    public static string Add(string output, ReportFormat format, IReadOnlyList<ReportError> reasons)
    {
        var text = $"This report uses the shipped template because the program's uploaded template failed: {string.Join("; ", reasons.Select(r => r.ToString()))}. An administrator can fix the template under report templates.";
        if (format == ReportFormat.Markdown)
        {
            return $"> **Note:** {text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)}\n\n{output}";
        }
        var note = $"<div class=\"template-fallback\" role=\"status\" style=\"margin:0;padding:10px 16px;background:#fff1d0;color:#5c3a00;border-bottom:2px solid #e0a100;font:14px/1.5 system-ui,sans-serif\"><b>Note:</b> {HtmlText.Escape(text)}</div>";
        var body = output.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = body < 0 ? -1 : output.IndexOf('>', body);
        return bodyEnd < 0 ? note + output : output.Insert(bodyEnd + 1, note);
    }
}
