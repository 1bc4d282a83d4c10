using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Grains.Clusters;

[GrainType("cluster")]
public sealed class ClusterGrain(
    [PersistentState("cluster", StoreNames.Main)] IPersistentState<ClusterState> state,
    ILocalSiloDetails silo) : Grain, IClusterGrain
{
    public async Task<Outcome<ClusterProfile>> CreateAsync(ClusterProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
            return Outcome<ClusterProfile>.Fail(OutcomeStatus.Invalid, "wrong-id", $"The profile's id '{profile.Id}' is not this cluster's id.", "id");

        if (state.State.Profile is { } existing)
        {
            return existing == profile
                ? Outcome<ClusterProfile>.Ok(existing)
                : Outcome<ClusterProfile>.Fail(OutcomeStatus.Conflict, "exists", $"Cluster '{profile.Id}' exists already with another profile.", "id");
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        return Outcome<ClusterProfile>.Ok(profile);
    }

    public Task<ClusterProfile?> GetAsync() => Task.FromResult(state.State.Profile);

    public Task<string> GetHostSiloAsync() => Task.FromResult(silo.SiloAddress.ToString());
}
