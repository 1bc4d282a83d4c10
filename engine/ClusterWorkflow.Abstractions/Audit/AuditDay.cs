using System.Globalization;

namespace ClusterWorkflow.Abstractions.Audit;

/// <summary>
/// Where an audit entry is kept: one grain per UTC day, so no grain's state grows without bound and a
/// reader asks only the days of the range it wants.
/// </summary>
public static class AuditDay
{
    public static string KeyFor(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Appends <paramref name="entry"/> to the grain of its day.</summary>
    public static Task<AuditEntry> AppendAsync(IGrainFactory grains, AuditEntry entry) =>
        grains.GetGrain<IAuditDayGrain>(KeyFor(entry.At)).AppendAsync(entry);
}
