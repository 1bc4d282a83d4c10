namespace ClusterWorkflow.Host.Reports;

/// <summary>Body of <c>POST /api/programs/{program}/report-templates/check</c>: which template (e.g. <c>cluster-review.html</c>) and its text.</summary>
public sealed record TemplateCheckRequest(string? Name, string? Content);
