using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Auth;

/// <summary>Authenticates <c>Authorization: Bearer ...</c> with the tokens of <see cref="TokenService"/>.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (TokenService.FromRequest(Request) is not { Length: > 0 } token) return AuthenticateResult.NoResult();
        var principal = await tokens.AuthenticateAsync(token);
        return principal is null
            ? AuthenticateResult.Fail("The bearer token is not valid: it expired, was revoked, or its user was disabled or got a new password.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AuthProblems.WriteUnauthorizedAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AuthProblems.WriteForbiddenAsync(Context, "Your roles do not allow this request.");
}
