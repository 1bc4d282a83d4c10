namespace ClusterWorkflow.Abstractions.Audit;

/// <summary>
/// The audit of one UTC day [key: <c>yyyy-MM-dd</c>, see <see cref="AuditDay"/>]. Append-only: entries
/// are added at the end and never changed or removed; there is no method that could.
/// </summary>
[Alias("cw.audit-day")]
public interface IAuditDayGrain : IGrainWithStringKey
{
    /// <summary>Adds the entry at the end of the day, numbered from 1; answers it with its number.</summary>
    [Alias("append")]
    Task<AuditEntry> AppendAsync(AuditEntry entry);

    /// <summary>The day's entries in the order they were appended.</summary>
    [Alias("list")]
    Task<IReadOnlyList<AuditEntry>> ListAsync();
}
