namespace ClusterWorkflow.Host.Plans;

/// <summary>A definition a plan names: its id and a version, or no version for the latest when the round opens.</summary>
public sealed record PlanReference
{
    public string Id { get; init; } = "";

    public int? Version { get; init; }
}
