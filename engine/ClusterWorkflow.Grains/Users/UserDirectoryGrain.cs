using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Grains.Users;

[GrainType("user-directory")]
public sealed class UserDirectoryGrain(
    [PersistentState("user-directory", StoreNames.Main)] IPersistentState<UserDirectoryState> state) : Grain, IUserDirectoryGrain
{
    public async Task AddAsync(string userName)
    {
        if (state.State.UserNames.Add(userName)) await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.UserNames]);
}
