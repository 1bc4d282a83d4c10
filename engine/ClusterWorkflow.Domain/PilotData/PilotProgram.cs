using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// The sample program: State &gt; District &gt; Block &gt; Cluster, the people who work in it and
/// the months generated (<see cref="FirstPeriod"/> .. <see cref="CurrentPeriod"/>).
/// </summary>
public sealed record PilotProgram
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public Period FirstPeriod { get; init; } = Period.Month(2025, 11);

    /// <summary>The month of the open round; the months before it are approved history.</summary>
    public Period CurrentPeriod { get; init; } = Period.Month(2026, 11);

    public List<PilotState> States { get; init; } = [];

    /// <summary>Every cluster, Budaun's first, in a fixed order.</summary>
    public List<PilotCluster> Clusters { get; init; } = [];

    public List<PilotPerson> People { get; init; } = [];
}
