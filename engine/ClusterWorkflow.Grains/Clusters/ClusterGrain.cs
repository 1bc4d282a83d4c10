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

    public async Task PublishAsync(ApprovedPeriod approved)
    {
        if (state.State.History.TryGetValue(approved.Period, out var existing)
            && existing.SubmissionKey == approved.SubmissionKey && existing.Revision == approved.Revision)
        {
            return;
        }
        state.State.History[approved.Period] = approved;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ApprovedPeriod>> GetHistoryAsync() =>
        Task.FromResult<IReadOnlyList<ApprovedPeriod>>(state.State.History.Values.OrderBy(p => p.ApprovedAt).ToList());

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>>> GetKpiHistoryAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>>>(
            state.State.History.ToDictionary(p => p.Key, p => p.Value.Kpis, StringComparer.Ordinal));
}
