using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;

namespace ClusterWorkflow.Grains.Programs;

[GrainType("program")]
public sealed class ProgramGrain(
    [PersistentState("program", StoreNames.Main)] IPersistentState<ProgramState> state,
    TimeProvider clock) : Grain, IProgramGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<Outcome<ProgramInfo>> CreateAsync(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return Outcome<ProgramInfo>.Fail(OutcomeStatus.Invalid, "required", "A program needs a name.", "name");

        if (state.State.Name is { } existing)
        {
            return existing == name
                ? Outcome<ProgramInfo>.Ok(ToInfo())
                : Outcome<ProgramInfo>.Fail(OutcomeStatus.Conflict, "exists", $"Program '{Id}' exists already, named '{existing}'.", "id");
        }

        state.State.Name = name.Trim();
        state.State.CreatedAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        return Outcome<ProgramInfo>.Ok(ToInfo());
    }

    public Task<ProgramInfo?> GetAsync() => Task.FromResult(state.State.Name is null ? null : ToInfo());

    public async Task<Outcome<ClusterProfile>> AddClusterAsync(ClusterProfile profile)
    {
        if (state.State.Name is null)
            return Outcome<ClusterProfile>.Fail(OutcomeStatus.NotFound, "unknown-program", $"There is no program '{Id}'. Create it first.", "programId");
        if (profile.ProgramId != Id)
            return Outcome<ClusterProfile>.Fail(OutcomeStatus.Invalid, "wrong-program", $"The cluster names program '{profile.ProgramId}', not '{Id}'.", "programId");

        // The cluster grain owns its profile; the program only lists it. Creating first and listing
        // after makes a retry after a failure in between harmless.
        var created = await GrainFactory.GetGrain<IClusterGrain>(profile.Id).CreateAsync(profile);
        if (created.Succeeded && !state.State.ClusterIds.Contains(profile.Id))
        {
            state.State.ClusterIds.Add(profile.Id);
            await state.WriteStateAsync();
        }
        return created;
    }

    public async Task<IReadOnlyList<ClusterProfile>> ListClustersAsync()
    {
        var profiles = await Task.WhenAll(state.State.ClusterIds.Select(id => GrainFactory.GetGrain<IClusterGrain>(id).GetAsync()));
        return profiles.OfType<ClusterProfile>().ToList();
    }

    public async Task<Outcome<bool>> RegisterDefinitionAsync(DefinitionKind kind, string id)
    {
        if (state.State.Name is null)
            return Outcome<bool>.Fail(OutcomeStatus.NotFound, "unknown-program", $"There is no program '{Id}'. Create it first.", "programId");

        var ids = state.State.Definitions.TryGetValue(kind, out var list) ? list : state.State.Definitions[kind] = [];
        if (!ids.Contains(id))
        {
            ids.Add(id);
            await state.WriteStateAsync();
        }
        return Outcome<bool>.Ok(true);
    }

    public Task<IReadOnlyList<string>> ListDefinitionsAsync(DefinitionKind kind) =>
        Task.FromResult<IReadOnlyList<string>>(state.State.Definitions.TryGetValue(kind, out var ids) ? ids.ToList() : []);

    private ProgramInfo ToInfo() => new(Id, state.State.Name!, state.State.CreatedAt, state.State.ClusterIds.ToList());
}
