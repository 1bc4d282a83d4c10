namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>Limits of one script evaluation (form expressions, KPI formulas, workflow guards): processor time, statements, memory, call depth.</summary>
[GenerateSerializer, Immutable, Alias("cw.script-limit-settings")]
public sealed record ScriptLimitSettings(int? TimeLimitMs = null, int? MaxStatements = null, long? MemoryLimitBytes = null, int? MaxRecursionDepth = null);
