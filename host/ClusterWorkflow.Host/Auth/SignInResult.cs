using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// The answer to a password sign-in. On failure <see cref="Code"/> is <c>invalid</c> (wrong name or
/// password — which one is not said), <c>locked-out</c> (see <see cref="LockedUntil"/>) or
/// <c>disabled</c>, and <see cref="Message"/> says what to do, fit to show a person.
/// </summary>
public sealed record SignInResult(bool Succeeded, UserInfo? User, string? SecurityStamp, string? Code, string Message, DateTimeOffset? LockedUntil = null)
{
    public static SignInResult Success(UserInfo user, string stamp) => new(true, user, stamp, null, $"Signed in as {user.Profile.DisplayName}.");

    public static SignInResult Invalid() =>
        new(false, null, null, "invalid", "The user name or the password is wrong. Check both and try again.");

    public static SignInResult Disabled() =>
        new(false, null, null, "disabled", "This user is disabled. Ask an administrator to enable it.");

    public static SignInResult LockedOut(DateTimeOffset until) =>
        new(false, null, null, "locked-out",
            $"Too many failed sign-ins: this user is locked until {until:yyyy-MM-dd HH:mm} UTC. Try again then, or ask an administrator to reset the password.",
            until);
}
