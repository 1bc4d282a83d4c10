using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;
using ClusterWorkflow.Host.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Sign-in and sign-out: <c>/api/auth/*</c> for API clients (bearer tokens), <c>/auth/*</c> form
/// posts for the UI (cookie, antiforgery-checked, redirecting back): the UI's page <c>/signin</c> posts to
/// <c>/auth/sign-in</c>, its sign-out button to <c>/auth/sign-out</c>.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Sign-in");
        api.MapPost("/token", IssueTokenAsync).WithName("IssueToken").AllowAnonymous();
        api.MapPost("/sign-out", SignOutAsync).WithName("SignOut");
        api.MapGet("/me", MeAsync).WithName("Me");

        var account = app.MapGroup("/auth").WithTags("Sign-in").ExcludeFromDescription();
        account.MapPost("/sign-in", CookieSignInAsync).WithName("CookieSignIn").AllowAnonymous();
        account.MapPost("/sign-out", CookieSignOutAsync).WithName("CookieSignOut").AllowAnonymous();
        return app;
    }

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, SignInService signIn, TokenService tokens)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(request.UserName)) problems.Add(new Problem("required", "Give the user name.", "userName"));
        if (string.IsNullOrEmpty(request.Password)) problems.Add(new Problem("required", "Give the password.", "password"));
        if (problems.Count > 0) return ApiResults.Invalid(problems);

        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password);
        if (!result.Succeeded)
        {
            return Results.Problem(
                title: "Sign-in refused",
                detail: result.Message,
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?>
                {
                    ["problems"] = new[] { new Problem(result.Code!, result.Message, "password") },
                    ["lockedUntil"] = result.LockedUntil,
                });
        }
        var (token, expiresAt) = await tokens.IssueAsync(result.User!, result.SecurityStamp!);
        return Results.Ok(new TokenAnswer(token, expiresAt, result.User!));
    }

    /// <summary>Revokes the bearer token the request came with, and ends a cookie session.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext context, TokenService tokens, SignInService signIn)
    {
        var userId = context.Actor().UserId;
        if (TokenService.FromRequest(context.Request) is { } token)
        {
            await tokens.RevokeAsync(token);
            await signIn.RecordSignOutAsync(userId, "bearer token revoked");
        }
        else
        {
            await signIn.CookieSignOutAsync(context);
            await signIn.RecordSignOutAsync(userId, "UI session ended");
        }
        return Results.NoContent();
    }

    private static async Task<IResult> MeAsync(HttpContext context, IGrainFactory grains)
    {
        var user = await grains.GetGrain<IUserGrain>(context.Actor().UserId).GetAsync();
        return user is null ? Results.Unauthorized() : Results.Ok(user);
    }

    /// <summary>
    /// The UI's sign-in form (fields <c>userName</c>, <c>password</c>, <c>returnUrl</c>, and the
    /// antiforgery token): sets the session cookie and goes back to <c>returnUrl</c> (local paths only);
    /// on failure back to the sign-in page with <c>?failed=true</c>, the <c>code</c> and the <c>error</c> message.
    /// </summary>
    private static async Task<IResult> CookieSignInAsync(
        HttpContext context,
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        SignInService signIn,
        Microsoft.Extensions.Options.IOptions<AuthOptions> options)
    {
        var back = IsLocal(returnUrl) ? returnUrl! : "/";
        var result = await signIn.PasswordSignInAsync(userName, password);
        if (!result.Succeeded)
        {
            var page = QueryString.Create(new Dictionary<string, string?>
            {
                ["failed"] = "true",
                ["code"] = result.Code,
                ["error"] = result.Message,
                ["returnUrl"] = back,
                ["userName"] = UserAdmin.Normalize(userName),
            });
            return Results.Redirect(options.Value.SignInPage + page);
        }
        await signIn.CookieSignInAsync(context, result);
        return Results.Redirect(back);
    }

    private static async Task<IResult> CookieSignOutAsync(HttpContext context, SignInService signIn, Microsoft.Extensions.Options.IOptions<AuthOptions> options)
    {
        await signIn.CookieSignOutAsync(context);
        if (ActorClaims.FromPrincipal(context.User) is { } actor) await signIn.RecordSignOutAsync(actor.UserId, "UI session ended");
        return Results.Redirect(options.Value.SignInPage);
    }

    // Only paths on this site: "/x" but not "//evil.example" or "/\evil.example".
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
