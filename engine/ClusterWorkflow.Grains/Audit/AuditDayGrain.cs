using ClusterWorkflow.Abstractions.Audit;

namespace ClusterWorkflow.Grains.Audit;

/// <summary>One day of the audit. Entries only ever get added; a failed write leaves the stored day as it was.</summary>
[GrainType("audit-day")]
public sealed class AuditDayGrain(
    [PersistentState("audit-day", StoreNames.Main)] IPersistentState<AuditDayState> state) : Grain, IAuditDayGrain
{
    public async Task<AuditEntry> AppendAsync(AuditEntry entry)
    {
        var numbered = entry with { Sequence = state.State.Entries.Count + 1 };
        state.State.Entries.Add(numbered);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not stored: take it back out, so the next append is not numbered after a ghost.
            state.State.Entries.RemoveAt(state.State.Entries.Count - 1);
            throw;
        }
        return numbered;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync() => Task.FromResult<IReadOnlyList<AuditEntry>>([.. state.State.Entries]);
}
