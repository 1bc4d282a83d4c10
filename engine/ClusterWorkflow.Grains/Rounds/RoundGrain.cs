using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Grains.Rounds;

[GrainType("round")]
public sealed class RoundGrain(
    [PersistentState("round", StoreNames.Main)] IPersistentState<RoundState> state) : Grain, IRoundGrain
{
    public Task<RoundInfo> GetAsync()
    {
        var parts = this.GetPrimaryKeyString().Split(RoundKey.Separator, 2);
        var period = parts.Length > 1 ? parts[1] : "";
        return Task.FromResult(new RoundInfo(parts[0], period, state.State.Status, state.State.DueDate, state.State.ClusterIds.ToList()));
    }
}
