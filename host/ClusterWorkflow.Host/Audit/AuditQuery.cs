using System.Globalization;
using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Host.Audit;

/// <summary>
/// What <c>GET /api/audit</c> asks for: entries from <see cref="From"/> to <see cref="To"/> (both
/// inclusive, UTC), of one kind and one user if given. Dates are <c>yyyy-MM-dd</c> (the whole day) or
/// ISO 8601 instants; without them the query is today. At most <see cref="MaxDays"/> days at once.
/// </summary>
public sealed record AuditQuery(DateTimeOffset From, DateTimeOffset To, string? Kind, string? UserId)
{
    public const int MaxDays = 31;

    public bool Matches(AuditEntry entry) =>
        entry.At >= From && entry.At <= To
        && (Kind is null || entry.Kind == Kind)
        && (UserId is null || string.Equals(entry.UserId, UserId, StringComparison.Ordinal));

    /// <summary>Each UTC day the range touches.</summary>
    public IEnumerable<DateTimeOffset> Days()
    {
        for (var day = From.UtcDateTime.Date; day <= To.UtcDateTime.Date; day = day.AddDays(1))
            yield return new DateTimeOffset(day, TimeSpan.Zero);
    }

    /// <summary>Reads the query string; every problem at once, each naming its parameter.</summary>
    public static (AuditQuery? Query, List<Problem> Problems) Parse(string? kind, string? from, string? to, string? user, DateTimeOffset now)
    {
        var problems = new List<Problem>();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var start = ReadInstant(from, "from", endOfDay: false, problems) ?? today;
        var end = ReadInstant(to, "to", endOfDay: true, problems) ?? (from is null ? today.AddDays(1).AddTicks(-1) : now);
        if (kind is { Length: > 0 } && !AuditKinds.All.Contains(kind, StringComparer.Ordinal))
            problems.Add(new Problem("unknown-kind", $"'{kind}' is not a kind of audit entry; use one of {string.Join(", ", AuditKinds.All)}, or leave kind out for all.", "kind"));
        if (problems.Count == 0 && end < start)
            problems.Add(new Problem("empty-range", $"'to' ({end:u}) is before 'from' ({start:u}); swap them.", "to"));
        if (problems.Count == 0 && (end.UtcDateTime.Date - start.UtcDateTime.Date).TotalDays >= MaxDays)
            problems.Add(new Problem("range-too-long", $"Ask for at most {MaxDays} days at once; from {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is {(end.UtcDateTime.Date - start.UtcDateTime.Date).TotalDays + 1} days.", "to"));
        return problems.Count > 0
            ? (null, problems)
            : (new AuditQuery(start, end, kind is { Length: > 0 } ? kind : null, user is { Length: > 0 } ? user.Trim().ToLowerInvariant() : null), problems);
    }

    private static DateTimeOffset? ReadInstant(string? text, string field, bool endOfDay, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return instant;
        problems.Add(new Problem("invalid-date", $"'{text}' is not a date: write {field} as 2026-12-04 (the whole day, UTC) or 2026-12-04T10:30:00Z.", field));
        return null;
    }
}
