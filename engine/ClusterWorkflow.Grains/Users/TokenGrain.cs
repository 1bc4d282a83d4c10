using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Grains.Users;

/// <summary>A revoked token is deleted from the store: a missing token and a revoked one are refused alike.</summary>
[GrainType("token")]
public sealed class TokenGrain(
    [PersistentState("token", StoreNames.Main)] IPersistentState<TokenState> state) : Grain, ITokenGrain
{
    public async Task IssueAsync(AccessToken token)
    {
        state.State.Token = token;
        await state.WriteStateAsync();
    }

    public Task<AccessToken?> GetAsync() => Task.FromResult(state.State.Token);

    public async Task RevokeAsync()
    {
        if (state.State.Token is null) return;
        await state.ClearStateAsync();
        state.State.Token = null;
        DeactivateOnIdle();
    }
}
