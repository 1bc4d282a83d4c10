using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Grains.Users;

[GrainType("user")]
public sealed class UserGrain(
    [PersistentState("user", StoreNames.Main)] IPersistentState<UserState> state) : Grain, IUserGrain
{
    private string UserName => this.GetPrimaryKeyString();

    public async Task<Outcome<UserInfo>> CreateAsync(UserProfile profile, string passwordHash, DateTimeOffset now)
    {
        if (state.State.Profile is not null)
            return Outcome<UserInfo>.Fail(OutcomeStatus.Conflict, "exists", $"User '{UserName}' exists already.", "userName");

        state.State.Profile = profile;
        state.State.PasswordHash = passwordHash;
        state.State.SecurityStamp = NewStamp();
        state.State.Enabled = true;
        state.State.CreatedAt = now;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IUserDirectoryGrain>(0).AddAsync(UserName);
        return Outcome<UserInfo>.Ok(Info(state.State.Profile));
    }

    public Task<UserInfo?> GetAsync() => Task.FromResult(state.State.Profile is { } profile ? Info(profile) : null);

    public Task<UserCredential?> GetCredentialAsync() => Task.FromResult(
        state.State.Profile is null
            ? null
            : new UserCredential(state.State.PasswordHash, state.State.SecurityStamp, state.State.Enabled, state.State.LockedUntil));

    public Task<Outcome<UserInfo>> UpdateAsync(UserProfile profile) => ChangeAsync(s => s.Profile = profile);

    public Task<Outcome<UserInfo>> SetPasswordAsync(string passwordHash) => ChangeAsync(s =>
    {
        s.PasswordHash = passwordHash;
        s.SecurityStamp = NewStamp();
        s.FailedSignIns = 0;
        s.LockedUntil = null;
    });

    public Task<Outcome<UserInfo>> SetEnabledAsync(bool enabled) => ChangeAsync(s =>
    {
        if (s.Enabled && !enabled) s.SecurityStamp = NewStamp();
        s.Enabled = enabled;
    });

    public async Task<DateTimeOffset?> RecordFailedSignInAsync(DateTimeOffset now, LockoutPolicy policy)
    {
        if (state.State.Profile is null) return null;
        state.State.FailedSignIns++;
        DateTimeOffset? lockedUntil = null;
        if (state.State.FailedSignIns >= policy.MaxFailures)
        {
            lockedUntil = now + policy.Period;
            state.State.LockedUntil = lockedUntil;
            state.State.FailedSignIns = 0;
        }
        await state.WriteStateAsync();
        return lockedUntil;
    }

    public async Task RecordSucceededSignInAsync()
    {
        if (state.State.FailedSignIns == 0 && state.State.LockedUntil is null) return;
        state.State.FailedSignIns = 0;
        state.State.LockedUntil = null;
        await state.WriteStateAsync();
    }

    private async Task<Outcome<UserInfo>> ChangeAsync(Action<UserState> change)
    {
        if (state.State.Profile is null)
            return Outcome<UserInfo>.Fail(OutcomeStatus.NotFound, "not-found", $"There is no user '{UserName}'.", "userName");
        change(state.State);
        await state.WriteStateAsync();
        return Outcome<UserInfo>.Ok(Info(state.State.Profile));
    }

    private UserInfo Info(UserProfile profile) =>
        new(UserName, profile, state.State.Enabled, state.State.LockedUntil, state.State.CreatedAt);

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
