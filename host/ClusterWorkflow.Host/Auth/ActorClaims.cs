using System.Security.Claims;
using ClusterWorkflow.Abstractions.People;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// How a signed-in person travels in a <see cref="ClaimsPrincipal"/>: the user id, the display name,
/// one role claim per workflow role, and the scope (TSA id, districts, states). Sign-in writes these
/// claims; every endpoint reads the <see cref="Actor"/> back from them, so a role or scope is never
/// taken from a request body.
/// </summary>
public static class ActorClaims
{
    public const string UserIdClaim = ClaimTypes.NameIdentifier;
    public const string NameClaim = ClaimTypes.Name;
    public const string RoleClaim = ClaimTypes.Role;
    public const string TsaClaim = "cw:tsa";
    public const string DistrictClaim = "cw:district";
    public const string StateClaim = "cw:state";

    /// <summary>The claims that carry <paramref name="actor"/>.</summary>
    public static IReadOnlyList<Claim> ToClaims(Actor actor)
    {
        var claims = new List<Claim> { new(UserIdClaim, actor.UserId), new(NameClaim, actor.Name) };
        claims.AddRange(actor.Roles.Select(role => new Claim(RoleClaim, role)));
        if (actor.TsaId is { } tsa) claims.Add(new Claim(TsaClaim, tsa));
        claims.AddRange((actor.Districts ?? []).Select(district => new Claim(DistrictClaim, district)));
        claims.AddRange((actor.States ?? []).Select(state => new Claim(StateClaim, state)));
        return claims;
    }

    /// <summary>The actor of a signed-in principal; null when nobody is signed in.</summary>
    public static Actor? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(UserIdClaim) is not { } userId)
        {
            return null;
        }
        return new Actor(
            userId,
            principal.FindFirstValue(NameClaim) ?? userId,
            Values(principal, RoleClaim),
            principal.FindFirstValue(TsaClaim),
            Values(principal, DistrictClaim),
            Values(principal, StateClaim));
    }

    private static List<string> Values(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).Select(claim => claim.Value).ToList();
}
