using ClusterWorkflow.Abstractions.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Turns a refused authorization on the API into 401/403 problem details that name the missing
/// roles; the UI's pages keep the default (the cookie scheme redirects to the sign-in page).
/// </summary>
public sealed class AuthorizationAnswers : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !AuthProblems.IsApiRequest(context.Request))
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (authorizeResult.Challenged || ActorClaims.FromPrincipal(context.User) is not { } actor)
        {
            await AuthProblems.WriteUnauthorizedAsync(context);
            return;
        }
        var needed = (authorizeResult.AuthorizationFailure?.FailedRequirements ?? [])
            .OfType<RolesAuthorizationRequirement>()
            .SelectMany(requirement => requirement.AllowedRoles)
            .Distinct()
            .ToList();
        await AuthProblems.WriteForbiddenAsync(context, Describe(actor, needed));
    }

    private static string Describe(Actor actor, List<string> needed)
    {
        var has = actor.Roles.Count == 0 ? "no role" : $"the roles {string.Join(", ", actor.Roles)}";
        return needed.Count == 0
            ? $"You ({actor.UserId}) may not do this."
            : $"This needs one of the roles {string.Join(", ", needed)}; you ({actor.UserId}) have {has}. Ask an administrator if you need it.";
    }
}
