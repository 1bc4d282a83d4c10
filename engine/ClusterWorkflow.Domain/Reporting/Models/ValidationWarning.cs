namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>A validation flag raised on a submission, shown to the reviewer.</summary>
public sealed record ValidationWarning
{
    /// <summary>Field path and row, e.g. <c>enterprises[17].revenue_total</c>.</summary>
    public string Where { get; init; } = "";
    public string Message { get; init; } = "";

    /// <summary><c>warning</c> (soft, may be approved) or <c>error</c>.</summary>
    public string Severity { get; init; } = "warning";
}
