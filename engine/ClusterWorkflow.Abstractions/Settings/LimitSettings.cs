namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>
/// The input and sandbox limits an administrator sets (<c>PUT /api/settings/limits</c>). In a change a
/// section or value left out keeps its current value; the stored settings have every value.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.limit-settings")]
public sealed record LimitSettings(
    RequestLimitSettings? Requests = null,
    RosterLimitSettings? Roster = null,
    ScriptLimitSettings? Scripts = null,
    TemplateLimitSettings? Templates = null);
