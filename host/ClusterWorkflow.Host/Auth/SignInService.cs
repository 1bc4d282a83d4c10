using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Password sign-in for the token endpoint and the UI: checks lock-out, verifies the hash, counts
/// failures, and (for the UI) writes the session cookie. Never logs a password.
/// </summary>
public sealed class SignInService(
    IGrainFactory grains,
    Passwords passwords,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<SignInService> log)
{
    public async Task<SignInResult> PasswordSignInAsync(string? userName, string? password)
    {
        var name = UserAdmin.Normalize(userName);
        password ??= "";
        var user = Identifier.IsValid(name) ? grains.GetGrain<IUserGrain>(name) : null;
        var credential = user is null ? null : await user.GetCredentialAsync();
        if (user is null || credential is null)
        {
            passwords.VerifyDecoy(password);
            log.LogInformation("Sign-in refused for unknown user {UserName}", Identifier.IsValid(name) ? name : "(invalid name)");
            return SignInResult.Invalid();
        }

        var now = clock.GetUtcNow();
        if (credential.LockedUntil is { } until && until > now)
        {
            log.LogInformation("Sign-in refused for {UserName}: locked out until {Until}", name, until);
            return SignInResult.LockedOut(until);
        }

        if (!passwords.Verify(credential.PasswordHash, password))
        {
            var policy = new LockoutPolicy(Math.Max(1, options.Value.MaxFailedSignIns), options.Value.LockoutPeriod);
            var lockedUntil = await user.RecordFailedSignInAsync(now, policy);
            log.LogInformation("Sign-in refused for {UserName}: wrong password{LockOut}", name, lockedUntil is null ? "" : $", locked out until {lockedUntil:u}");
            return lockedUntil is { } locked ? SignInResult.LockedOut(locked) : SignInResult.Invalid();
        }

        if (!credential.Enabled)
        {
            log.LogInformation("Sign-in refused for {UserName}: disabled", name);
            return SignInResult.Disabled();
        }

        await user.RecordSucceededSignInAsync();
        var info = await user.GetAsync();
        log.LogInformation("Signed in: {UserName}", name);
        return SignInResult.Success(info!, credential.SecurityStamp);
    }

    /// <summary>Writes the UI's session cookie for a successful sign-in.</summary>
    public async Task CookieSignInAsync(HttpContext context, SignInResult result)
    {
        var principal = Principals.For(result.User!, result.SecurityStamp!, AuthSchemes.Cookie);
        await context.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
    }
}
