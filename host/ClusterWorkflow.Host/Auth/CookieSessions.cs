using ClusterWorkflow.Abstractions.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// The UI's cookie session: checked against the user and its session token on every request, so a
/// disabled user, a reset password, changed roles or a sign-out take effect at once (a copied cookie is
/// refused after sign-out); API paths answer 401/403 instead of redirecting.
/// </summary>
public static class CookieSessions
{
    public static void Configure(CookieAuthenticationOptions cookie, AuthOptions auth)
    {
        cookie.Cookie.Name = "cw.session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = auth.CookieLifetime;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = auth.SignInPage;
        cookie.AccessDeniedPath = auth.SignInPage;
        cookie.Events.OnValidatePrincipal = ValidateAsync;
        cookie.Events.OnRedirectToLogin = context => AuthProblems.IsApiRequest(context.Request)
            ? AuthProblems.WriteUnauthorizedAsync(context.HttpContext)
            : Redirect(context);
        cookie.Events.OnRedirectToAccessDenied = context => AuthProblems.IsApiRequest(context.Request)
            ? AuthProblems.WriteForbiddenAsync(context.HttpContext, "Your roles do not allow this request.")
            : Redirect(context);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var userName = context.Principal?.FindFirst(ActorClaims.UserIdClaim)?.Value;
        var stamp = context.Principal?.FindFirst(AuthSchemes.StampClaim)?.Value;
        var session = context.Principal?.FindFirst(AuthSchemes.SessionClaim)?.Value;
        var user = userName is null ? null : grains.GetGrain<IUserGrain>(userName);
        var credential = user is null ? null : await user.GetCredentialAsync();
        var tokens = context.HttpContext.RequestServices.GetRequiredService<TokenService>();
        if (credential is null || !credential.Enabled || credential.SecurityStamp != stamp
            || session is null || !await tokens.IsActiveAsync(session) || await user!.GetAsync() is not { } info)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(Principals.For(info, credential.SecurityStamp, AuthSchemes.Cookie, session));
    }
}
