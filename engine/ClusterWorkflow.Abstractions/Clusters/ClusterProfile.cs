namespace ClusterWorkflow.Abstractions.Clusters;

/// <summary>
/// Who and where a cluster is: its place in the hierarchy (state &gt; district &gt; block) and the
/// Technical Support Agency that works with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.cluster-profile")]
public sealed record ClusterProfile(
    string Id,
    string ProgramId,
    string Name,
    ClusterType Type,
    string State,
    string District,
    string Block,
    string TsaId,
    string? Activity = null);
