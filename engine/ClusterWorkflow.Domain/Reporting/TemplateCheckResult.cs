namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// The verdict on an uploaded template: every problem found (syntax, or a failed dry render against
/// the sample report and an empty one), and the sample output as a preview when it passed.
/// </summary>
public sealed record TemplateCheckResult(List<ReportError> Errors, string? Preview)
{
    public bool Ok => Errors.Count == 0;
}
