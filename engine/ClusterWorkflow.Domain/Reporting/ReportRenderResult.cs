namespace ClusterWorkflow.Domain.Reporting;

/// <summary>The rendered report, or the errors that stopped it. A render never throws for a bad template.</summary>
public sealed record ReportRenderResult(string? Output, List<ReportError> Errors)
{
    public bool Ok => Errors.Count == 0 && Output is not null;

    internal static ReportRenderResult Failed(ReportError error) => new(null, [error]);
}
