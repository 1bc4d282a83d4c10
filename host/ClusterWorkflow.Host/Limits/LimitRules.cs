using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Settings;

namespace ClusterWorkflow.Host.Limits;

/// <summary>
/// The bounds of every limit. They keep an administrator from switching a protection off (a script
/// limit of a billion statements) or making the product unusable (a roster of one row); a value
/// outside them is refused with the bounds, and nothing is stored.
/// </summary>
public static class LimitRules
{
    private const long Megabyte = 1024 * 1024;

    public static IReadOnlyList<LimitRule> All { get; } =
    [
        new("requests.maxBodyBytes", 64 * 1024, 64 * Megabyte, "bytes", s => s.Requests?.MaxBodyBytes),
        new("requests.maxUploadBytes", 64 * 1024, 128 * Megabyte, "bytes", s => s.Requests?.MaxUploadBytes),
        new("roster.maxBytes", 64 * 1024, 128 * Megabyte, "bytes", s => s.Roster?.MaxBytes),
        new("roster.maxRows", 10, 100_000, "rows", s => s.Roster?.MaxRows),
        new("scripts.timeLimitMs", 10, 60_000, "milliseconds", s => s.Scripts?.TimeLimitMs),
        new("scripts.maxStatements", 1_000, 100_000_000, "statements", s => s.Scripts?.MaxStatements),
        new("scripts.memoryLimitBytes", Megabyte, 1024 * Megabyte, "bytes", s => s.Scripts?.MemoryLimitBytes),
        new("scripts.maxRecursionDepth", 8, 1_000, "calls", s => s.Scripts?.MaxRecursionDepth),
        new("templates.loopLimit", 1_000, 10_000_000, "iterations", s => s.Templates?.LoopLimit),
        new("templates.recursionLimit", 8, 1_000, "calls", s => s.Templates?.RecursionLimit),
        new("templates.timeoutSeconds", 1, 300, "seconds", s => s.Templates?.TimeoutSeconds),
    ];

    /// <summary>Every value of <paramref name="change"/> outside its bounds, by field path.</summary>
    public static List<Problem> Check(LimitSettings change)
    {
        var problems = new List<Problem>();
        foreach (var rule in All)
        {
            if (rule.Read(change) is { } value && (value < rule.Min || value > rule.Max))
                problems.Add(new Problem("out-of-bounds",
                    $"{rule.Field} = {value:N0} is outside {rule.Min:N0} .. {rule.Max:N0} {rule.Unit}; choose a value in that range.", rule.Field));
        }
        return problems;
    }

    /// <summary>The changed values, each as <c>field: old → new</c>, for the audit.</summary>
    public static string Describe(LimitSettings before, LimitSettings after) =>
        string.Join("; ", All
            .Where(rule => rule.Read(before) != rule.Read(after))
            .Select(rule => $"{rule.Field}: {rule.Read(before):N0} → {rule.Read(after):N0}"));

    /// <summary>The current settings with the values <paramref name="change"/> gives.</summary>
    public static LimitSettings Merge(LimitSettings current, LimitSettings change) => new(
        new RequestLimitSettings(
            change.Requests?.MaxBodyBytes ?? current.Requests?.MaxBodyBytes,
            change.Requests?.MaxUploadBytes ?? current.Requests?.MaxUploadBytes),
        new RosterLimitSettings(change.Roster?.MaxBytes ?? current.Roster?.MaxBytes, change.Roster?.MaxRows ?? current.Roster?.MaxRows),
        new ScriptLimitSettings(
            change.Scripts?.TimeLimitMs ?? current.Scripts?.TimeLimitMs,
            change.Scripts?.MaxStatements ?? current.Scripts?.MaxStatements,
            change.Scripts?.MemoryLimitBytes ?? current.Scripts?.MemoryLimitBytes,
            change.Scripts?.MaxRecursionDepth ?? current.Scripts?.MaxRecursionDepth),
        new TemplateLimitSettings(
            change.Templates?.LoopLimit ?? current.Templates?.LoopLimit,
            change.Templates?.RecursionLimit ?? current.Templates?.RecursionLimit,
            change.Templates?.TimeoutSeconds ?? current.Templates?.TimeoutSeconds));
}
