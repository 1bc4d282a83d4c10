namespace ClusterWorkflow.Abstractions.Programs;

/// <summary>A monitoring program, e.g. the NRETP Cluster Development Program.</summary>
[GenerateSerializer, Immutable, Alias("cw.program-info")]
public sealed record ProgramInfo(string Id, string Name, DateTimeOffset CreatedAt, IReadOnlyList<string> ClusterIds);
