using ClusterWorkflow.Abstractions.Audit;

namespace ClusterWorkflow.Host.Audit;

/// <summary>
/// Writes and reads the audit for the host: sign-ins and sign-outs, user and settings changes are
/// recorded here; definition saves and workflow transitions are recorded by their grains. Entries
/// carry user names and what happened, never a password or a token.
/// </summary>
public sealed class AuditTrail(IGrainFactory grains, TimeProvider clock)
{
    public Task RecordAsync(string kind, string action, string userId, string? subject, string detail) =>
        AuditDay.AppendAsync(grains, new AuditEntry(kind, action, userId, clock.GetUtcNow(), subject, Detail: detail));

    /// <summary>The entries of the query's days that match it, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query)
    {
        var days = query.Days().SelectMany(AuditDay.KeysFor).Select(key => grains.GetGrain<IAuditDayGrain>(key).ListAsync());
        var entries = (await Task.WhenAll(days)).SelectMany(day => day);
        return entries.Where(query.Matches).OrderBy(e => e.At).ThenBy(e => e.Sequence).ToList();
    }
}
