using System.Security.Claims;
using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Host.Auth;

/// <summary>The principal of a signed-in user: <see cref="ActorClaims"/> plus the security stamp.</summary>
public static class Principals
{
    public static ClaimsPrincipal For(UserInfo user, string securityStamp, string scheme, string? sessionToken = null)
    {
        var claims = ActorClaims.ToClaims(user.ToActor()).ToList();
        claims.Add(new Claim(AuthSchemes.StampClaim, securityStamp));
        if (sessionToken is not null) claims.Add(new Claim(AuthSchemes.SessionClaim, sessionToken));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ActorClaims.NameClaim, ActorClaims.RoleClaim));
    }
}
