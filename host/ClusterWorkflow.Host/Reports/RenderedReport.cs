using ClusterWorkflow.Domain.Reporting;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// A rendered report: its text, the template that made it (<c>uploaded v3</c> or <c>shipped</c>) and,
/// when an uploaded template failed and the shipped one stood in, why it failed. <see cref="Content"/>
/// is null only if the shipped template failed too (<see cref="Errors"/> says why).
/// </summary>
public sealed record RenderedReport(string? Content, string Template, IReadOnlyList<ReportError> FallbackReasons, IReadOnlyList<ReportError> Errors)
{
    public bool Ok => Content is not null;

    public bool FellBack => FallbackReasons.Count > 0;
}
