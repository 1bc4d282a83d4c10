namespace ClusterWorkflow.Domain.PilotData;

/// <summary>A pilot district and the blocks its sample clusters lie in.</summary>
public sealed record PilotDistrict
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string StateId { get; init; } = "";

    /// <summary>Blocks that hold sample clusters (Budaun has fifteen blocks; the sample uses six).</summary>
    public List<string> Blocks { get; init; } = [];
}
