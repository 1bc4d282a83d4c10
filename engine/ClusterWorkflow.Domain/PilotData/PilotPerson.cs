namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// A made-up user of the sample program. <see cref="Scope"/> holds ids of what the person may see:
/// cluster ids for a TSA officer, one district id for a district reviewer, one state id for a
/// state reviewer, the program id for the program manager and the viewer.
/// </summary>
public sealed record PilotPerson
{
    /// <summary>Lowercase slug, e.g. <c>tsa-budaun-1</c>.</summary>
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public PilotRole Role { get; init; }

    public List<string> Scope { get; init; } = [];

    /// <summary>The agency the person works for (a TSA, a State Rural Livelihoods Mission).</summary>
    public string Organisation { get; init; } = "";
}
