using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Creating and changing users: input checked (every problem at once), passwords hashed here and
/// never stored or logged in clear. Used by the admin API, the bootstrap admin and the pilot seed.
/// </summary>
public sealed class UserAdmin(IGrainFactory grains, Passwords passwords, IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>Creates the user; a user name that exists already is a conflict.</summary>
    public async Task<Outcome<UserInfo>> CreateAsync(NewUser user)
    {
        var userName = Normalize(user.UserName);
        var profile = ProfileOf(user);
        var problems = UserRules.CheckUserName(userName);
        problems.AddRange(UserRules.CheckPassword(user.Password, options.Value.MinPasswordLength));
        problems.AddRange(UserRules.CheckProfile(profile));
        if (problems.Count > 0) return Outcome<UserInfo>.Invalid(problems);
        return await grains.GetGrain<IUserGrain>(userName).CreateAsync(profile, passwords.Hash(user.Password), clock.GetUtcNow());
    }

    /// <summary>
    /// Creates the user unless one with that name exists; an existing user is answered as it is
    /// (its password, roles and scope are left alone), so seeding twice changes nothing.
    /// </summary>
    public async Task<Outcome<UserInfo>> EnsureUserAsync(NewUser user)
    {
        var userName = Normalize(user.UserName);
        if (Identifier.IsValid(userName) && await grains.GetGrain<IUserGrain>(userName).GetAsync() is { } existing)
            return Outcome<UserInfo>.Ok(existing);
        var created = await CreateAsync(user);
        // Two seeders at once: the loser finds the winner's user.
        if (created.Status == OutcomeStatus.Conflict && await grains.GetGrain<IUserGrain>(userName).GetAsync() is { } raced)
            return Outcome<UserInfo>.Ok(raced);
        return created;
    }

    public async Task<UserInfo?> GetAsync(string userName) =>
        Identifier.IsValid(Normalize(userName)) ? await grains.GetGrain<IUserGrain>(Normalize(userName)).GetAsync() : null;

    public async Task<IReadOnlyList<UserInfo>> ListAsync()
    {
        var names = await grains.GetGrain<IUserDirectoryGrain>(0).ListAsync();
        var users = await Task.WhenAll(names.Select(name => grains.GetGrain<IUserGrain>(name).GetAsync()));
        return users.OfType<UserInfo>().ToList();
    }

    /// <summary>Replaces display name, roles and scope; sessions pick the change up on their next request.</summary>
    public async Task<Outcome<UserInfo>> UpdateAsync(string userName, UserProfile profile)
    {
        if (UserRules.CheckUserName(Normalize(userName)) is { Count: > 0 }) return NotFound(userName);
        var problems = UserRules.CheckProfile(profile);
        if (problems.Count > 0) return Outcome<UserInfo>.Invalid(problems);
        return await grains.GetGrain<IUserGrain>(Normalize(userName)).UpdateAsync(profile);
    }

    /// <summary>Sets a new password; every token and session of the user ends, and a lock-out is lifted.</summary>
    public async Task<Outcome<UserInfo>> ResetPasswordAsync(string userName, string? password)
    {
        if (UserRules.CheckUserName(Normalize(userName)) is { Count: > 0 }) return NotFound(userName);
        var problems = UserRules.CheckPassword(password, options.Value.MinPasswordLength);
        if (problems.Count > 0) return Outcome<UserInfo>.Invalid(problems);
        return await grains.GetGrain<IUserGrain>(Normalize(userName)).SetPasswordAsync(passwords.Hash(password!));
    }

    /// <summary>Enables or disables sign-in; disabling ends every token and session of the user.</summary>
    public async Task<Outcome<UserInfo>> SetEnabledAsync(string userName, bool enabled)
    {
        if (UserRules.CheckUserName(Normalize(userName)) is { Count: > 0 }) return NotFound(userName);
        return await grains.GetGrain<IUserGrain>(Normalize(userName)).SetEnabledAsync(enabled);
    }

    /// <summary>User names are ids: trimmed and lowercase, so "Admin" signs in as "admin".</summary>
    public static string Normalize(string? userName) => (userName ?? "").Trim().ToLowerInvariant();

    private static UserProfile ProfileOf(NewUser user) =>
        new(user.DisplayName?.Trim() ?? "", user.Roles ?? [], Blank(user.TsaId), user.Districts ?? [], user.States ?? []);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Outcome<UserInfo> NotFound(string userName) =>
        Outcome<UserInfo>.Fail(OutcomeStatus.NotFound, "not-found", $"There is no user '{userName}'.", "userName");
}
