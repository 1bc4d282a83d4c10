using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;

namespace ClusterWorkflow.Grains.Definitions;

[GrainType("definition")]
public sealed class DefinitionGrain(
    [PersistentState("definition", StoreNames.Main)] IPersistentState<DefinitionState> state,
    TimeProvider clock) : Grain, IDefinitionGrain
{
    public async Task<Outcome<DefinitionVersion>> SaveAsync(string content, string savedBy, int? basedOnVersion, string? note)
    {
        var (programId, kind, id) = DefinitionKey.Parse(this.GetPrimaryKeyString());
        var latest = state.State.Versions.LastOrDefault();

        if (latest is not null && latest.Content == content)
            return Outcome<DefinitionVersion>.Ok(latest);

        var current = latest?.Version ?? 0;
        if (basedOnVersion is { } based && based != current)
        {
            return Outcome<DefinitionVersion>.Fail(OutcomeStatus.Conflict, "stale-version",
                $"This {DefinitionKey.KindName(kind)} was saved as version {current} (by {latest?.SavedBy}) since you opened version {based}. " +
                "Reload it, apply your change again and save.", "basedOnVersion");
        }

        if (latest is null)
        {
            // The program lists its definitions; registering first makes a retry after a failure harmless.
            var registered = await GrainFactory.GetGrain<IProgramGrain>(programId).RegisterDefinitionAsync(kind, id);
            if (!registered.Succeeded) return Outcome<DefinitionVersion>.Invalid(registered.Problems) with { Status = registered.Status };
        }

        var version = new DefinitionVersion(kind, programId, id, current + 1, content, savedBy, clock.GetUtcNow(), note);
        state.State.Versions.Add(version);
        await state.WriteStateAsync();
        await AuditDay.AppendAsync(GrainFactory, DefinitionAudit.Saved(version, current));
        return Outcome<DefinitionVersion>.Ok(version);
    }

    public Task<DefinitionVersion?> GetLatestAsync() => Task.FromResult(state.State.Versions.LastOrDefault());

    public Task<DefinitionVersion?> GetVersionAsync(int version) =>
        Task.FromResult(state.State.Versions.FirstOrDefault(v => v.Version == version));

    public Task<IReadOnlyList<DefinitionVersion>> GetHistoryAsync() =>
        Task.FromResult<IReadOnlyList<DefinitionVersion>>(state.State.Versions.ToList());
}
