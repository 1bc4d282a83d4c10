namespace ClusterWorkflow.Host.Plans;

/// <summary>Who reviews where: district id → user ids (first level), state id → user ids (second level).</summary>
public sealed record PlanReviewers
{
    public Dictionary<string, List<string>> Districts { get; init; } = [];

    public Dictionary<string, List<string>> States { get; init; } = [];
}
