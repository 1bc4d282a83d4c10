namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>Largest request bodies, in bytes: JSON and other bodies, and multipart uploads (rosters, XLSForms, KPI packs).</summary>
[GenerateSerializer, Immutable, Alias("cw.request-limit-settings")]
public sealed record RequestLimitSettings(long? MaxBodyBytes = null, long? MaxUploadBytes = null);
