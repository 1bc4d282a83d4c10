using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Host.Auth;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClusterWorkflow.Host.Ui.Session;

/// <summary>The signed-in person of a component, as the same <see cref="Actor"/> the API endpoints act with.</summary>
public static class SignedIn
{
    /// <summary>The actor of the authentication state; null when nobody is signed in.</summary>
    public static async Task<Actor?> ActorAsync(Task<AuthenticationState>? state) =>
        state is null ? null : ActorClaims.FromPrincipal((await state).User);
}
