using System.Security.Claims;
using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Host.Auth;

/// <summary>The principal of a signed-in user: <see cref="ActorClaims"/> plus the security stamp.</summary>
public static class Principals
{
    public static ClaimsPrincipal For(UserInfo user, string securityStamp, string scheme)
    {
        var claims = ActorClaims.ToClaims(user.ToActor()).ToList();
        claims.Add(new Claim(AuthSchemes.StampClaim, securityStamp));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ActorClaims.NameClaim, ActorClaims.RoleClaim));
    }
}
