namespace ClusterWorkflow.Domain.Reporting;

/// <summary>What a template writes. Decides how printed values are escaped and what badges and charts look like.</summary>
public enum ReportFormat
{
    /// <summary>A self-contained HTML page; values are HTML-escaped; charts are inline SVG.</summary>
    Html,

    /// <summary>Markdown; values have <c>|</c>, <c>&lt;</c> and <c>&gt;</c> escaped; charts are text sparklines.</summary>
    Markdown,
}
