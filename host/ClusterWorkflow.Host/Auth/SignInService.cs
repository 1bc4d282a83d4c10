using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Host.Audit;
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
    AuditTrail audit,
    TokenService tokens,
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
            var tried = Identifier.IsValid(name) ? name : "(invalid name)";
            log.LogInformation("Sign-in refused for unknown user {UserName}", tried);
            await RecordAsync("refused", tried, $"Sign-in refused: there is no user '{tried}'.");
            return SignInResult.Invalid();
        }

        var now = clock.GetUtcNow();
        if (credential.LockedUntil is { } until && until > now)
        {
            log.LogInformation("Sign-in refused for {UserName}: locked out until {Until}", name, until);
            await RecordAsync("refused-locked-out", name, $"Sign-in refused: '{name}' is locked out until {until:u}.");
            return SignInResult.LockedOut(until);
        }

        if (!passwords.Verify(credential.PasswordHash, password))
        {
            var policy = new LockoutPolicy(Math.Max(1, options.Value.MaxFailedSignIns), options.Value.LockoutPeriod);
            var lockedUntil = await user.RecordFailedSignInAsync(now, policy);
            log.LogInformation("Sign-in refused for {UserName}: wrong password{LockOut}", name, lockedUntil is null ? "" : $", locked out until {lockedUntil:u}");
            await (lockedUntil is { } start
                ? RecordAsync("locked-out", name, $"Wrong password for '{name}', {policy.MaxFailures} in a row: locked out until {start:u}.")
                : RecordAsync("refused", name, $"Sign-in refused: wrong password for '{name}'."));
            return lockedUntil is { } locked ? SignInResult.LockedOut(locked) : SignInResult.Invalid();
        }

        if (!credential.Enabled)
        {
            log.LogInformation("Sign-in refused for {UserName}: disabled", name);
            await RecordAsync("refused-disabled", name, $"Sign-in refused: '{name}' is disabled.");
            return SignInResult.Disabled();
        }

        await user.RecordSucceededSignInAsync();
        var info = await user.GetAsync();
        log.LogInformation("Signed in: {UserName}", name);
        await RecordAsync("signed-in", name, $"'{name}' signed in.");
        return SignInResult.Success(info!, credential.SecurityStamp);
    }

    /// <summary>Ends the UI session of the request for good: its session token is revoked, then the cookie is removed.</summary>
    public async Task CookieSignOutAsync(HttpContext context)
    {
        if (context.User.FindFirst(AuthSchemes.SessionClaim)?.Value is { } session) await tokens.RevokeAsync(session);
        await context.SignOutAsync(AuthSchemes.Cookie);
    }

    /// <summary>Records a sign-out in the audit: the session's token was revoked or its cookie ended.</summary>
    public Task RecordSignOutAsync(string userName, string how) => RecordAsync("signed-out", userName, $"'{userName}' signed out ({how}).");

    private Task RecordAsync(string action, string userName, string detail) =>
        audit.RecordAsync(AuditKinds.SignIn, action, userName, userName, detail);

    /// <summary>Writes the UI's session cookie for a successful sign-in.</summary>
    public async Task CookieSignInAsync(HttpContext context, SignInResult result)
    {
        var (session, _) = await tokens.IssueAsync(result.User!, result.SecurityStamp!, options.Value.SessionLimit);
        var principal = Principals.For(result.User!, result.SecurityStamp!, AuthSchemes.Cookie, session);
        await context.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
    }
}
