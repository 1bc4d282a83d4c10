namespace ClusterWorkflow.Domain.Reporting;

/// <summary>Templates loaded from a folder by file name, and the errors of those that did not parse.</summary>
public sealed record ReportTemplateSet(Dictionary<string, ReportTemplate> Templates, List<ReportError> Errors)
{
    /// <summary>The template with this file name, e.g. <c>cluster-review.html.sbn</c>, or null.</summary>
    public ReportTemplate? Find(string name) => Templates.GetValueOrDefault(name);
}
