using System.Globalization;

namespace ClusterWorkflow.Abstractions.Audit;

/// <summary>
/// Where an audit entry is kept: one grain per UTC day and shard (<c>yyyy-MM-dd~N</c>). A day of a
/// national round holds every transition of thousands of clusters, and a grain rewrites its whole
/// state on each append, so a day is spread over <see cref="Shards"/> grains by subject: each grain
/// stays small, appends run side by side, and one subject's entries stay in order in one shard.
/// A reader asks the shards of the days of the range it wants.
/// </summary>
public static class AuditDay
{
    public const int Shards = 16;

    public static string KeyFor(DateTimeOffset at, int shard) =>
        $"{at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}~{shard.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Every grain of the day <paramref name="at"/> falls in.</summary>
    public static IEnumerable<string> KeysFor(DateTimeOffset at) => Enumerable.Range(0, Shards).Select(shard => KeyFor(at, shard));

    /// <summary>The grain <paramref name="entry"/> is kept in: its day, and the shard of its subject (or its user).</summary>
    public static string KeyOf(AuditEntry entry) => KeyFor(entry.At, ShardOf(entry.Subject ?? entry.UserId));

    /// <summary>Appends <paramref name="entry"/> to the grain of its day and subject.</summary>
    public static Task<AuditEntry> AppendAsync(IGrainFactory grains, AuditEntry entry) =>
        grains.GetGrain<IAuditDayGrain>(KeyOf(entry)).AppendAsync(entry);

    // FNV-1a: string.GetHashCode differs between processes, and every silo must pick the same shard.
    private static int ShardOf(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % Shards);
    }
}
