namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>Largest roster file accepted (bytes) and most data rows in it.</summary>
[GenerateSerializer, Immutable, Alias("cw.roster-limit-settings")]
public sealed record RosterLimitSettings(long? MaxBytes = null, int? MaxRows = null);
