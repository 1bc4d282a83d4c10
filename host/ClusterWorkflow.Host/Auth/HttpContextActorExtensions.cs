using ClusterWorkflow.Abstractions.People;

namespace ClusterWorkflow.Host.Auth;

/// <summary>The signed-in actor of a request, for endpoints that act on a person's behalf.</summary>
public static class HttpContextActorExtensions
{
    /// <summary>
    /// The actor of the signed-in user. Endpoints run behind the authentication fallback policy, so
    /// reaching one without a user is a programming error, not a user mistake.
    /// </summary>
    public static Actor Actor(this HttpContext context) =>
        ActorClaims.FromPrincipal(context.User)
        ?? throw new InvalidOperationException("The endpoint was reached without a signed-in user; it must not allow anonymous callers.");
}
