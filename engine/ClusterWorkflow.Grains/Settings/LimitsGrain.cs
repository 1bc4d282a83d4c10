using ClusterWorkflow.Abstractions.Settings;

namespace ClusterWorkflow.Grains.Settings;

[GrainType("limits")]
public sealed class LimitsGrain(
    [PersistentState("limits", StoreNames.Main)] IPersistentState<LimitsState> state) : Grain, ILimitsGrain
{
    public Task<StoredLimits?> GetAsync() => Task.FromResult(state.State.Current);

    public async Task<StoredLimits> SaveAsync(LimitSettings settings, string changedBy, DateTimeOffset changedAt)
    {
        var stored = new StoredLimits(settings, (state.State.Current?.Version ?? 0) + 1, changedBy, changedAt);
        state.State.Current = stored;
        await state.WriteStateAsync();
        return stored;
    }
}
