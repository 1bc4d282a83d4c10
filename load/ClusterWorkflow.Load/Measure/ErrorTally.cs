using System.Collections.Concurrent;

namespace ClusterWorkflow.Load.Measure;

/// <summary>
/// Errors counted by kind (<c>save-draft: 409</c>, <c>upload: connection refused</c>), so a report
/// says what went wrong and how often instead of one number.
/// </summary>
public sealed class ErrorTally
{
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Add(string kind) => counts.AddOrUpdate(kind, 1, static (_, n) => n + 1);

    public long Total => counts.Values.Sum();

    public long this[string kind] => counts.GetValueOrDefault(kind);

    /// <summary>Kinds with their counts, the most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByKind() =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
}
