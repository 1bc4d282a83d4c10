using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>A cluster's quarterly cluster-form record, keyed by <see cref="ClusterFormFields"/> names.</summary>
public sealed record PilotClusterQuarter
{
    public string ClusterId { get; init; } = "";

    /// <summary>A financial-year quarter, e.g. <c>FY2026-27 Q3</c>.</summary>
    public Period Period { get; init; } = Period.Quarter(2026, 3);

    public IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();
}
