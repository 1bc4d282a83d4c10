namespace ClusterWorkflow.Domain.Reporting;

/// <summary>A parsed template, or every syntax error found in it.</summary>
public sealed record ReportTemplateParseResult(ReportTemplate? Template, List<ReportError> Errors)
{
    public bool Ok => Template is not null;
}
