namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>Limits of one report render: loop iterations (nested loops count together), call depth, wall-clock time.</summary>
[GenerateSerializer, Immutable, Alias("cw.template-limit-settings")]
public sealed record TemplateLimitSettings(int? LoopLimit = null, int? RecursionLimit = null, int? TimeoutSeconds = null);
