namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// A definition version a round runs on (workflow or form), resolved by the caller from the
/// definition grains: id, version and the definition's own JSON, so later edits never move a round under way.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.plan-definition")]
public sealed record PlanDefinition(string Id, int Version, string Json);
