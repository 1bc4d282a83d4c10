namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>The limits in force, numbered from 1 with each change, and who changed them last.</summary>
[GenerateSerializer, Immutable, Alias("cw.stored-limits")]
public sealed record StoredLimits(LimitSettings Settings, int Version, string ChangedBy, DateTimeOffset ChangedAt);
