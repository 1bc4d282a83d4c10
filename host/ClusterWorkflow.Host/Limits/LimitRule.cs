using ClusterWorkflow.Abstractions.Settings;

namespace ClusterWorkflow.Host.Limits;

/// <summary>One limit an administrator may set: its JSON path, the bounds a value must keep, its unit, and where it sits in <see cref="LimitSettings"/>.</summary>
public sealed record LimitRule(string Field, long Min, long Max, string Unit, Func<LimitSettings, long?> Read);
