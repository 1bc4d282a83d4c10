namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Body of <c>PUT /api/programs/{program}/report-templates/{name}</c>: the Scriban text, the version
/// the editor started from (0 for the first upload, omitted to skip the check) and a note for the history.
/// </summary>
public sealed record TemplateSaveRequest(string? Content, int? BasedOnVersion = null, string? Note = null);
