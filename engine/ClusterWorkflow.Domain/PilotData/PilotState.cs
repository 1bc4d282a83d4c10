namespace ClusterWorkflow.Domain.PilotData;

/// <summary>A pilot state with its pilot districts.</summary>
public sealed record PilotState
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public List<PilotDistrict> Districts { get; init; } = [];
}
