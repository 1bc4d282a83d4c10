using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ClusterWorkflow.Abstractions.Users;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Opaque bearer tokens: 256 random bits handed to the client once; only their SHA-256 is stored
/// (as the key of a token grain), so a copy of the database holds no usable token. A token works
/// while it is not expired, not revoked, and the user is enabled with the same security stamp.
/// </summary>
public sealed class TokenService(IGrainFactory grains, IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>A new token for the user; it lasts <paramref name="lifetime"/>, by default the configured token lifetime.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(UserInfo user, string securityStamp, TimeSpan? lifetime = null)
    {
        var token = "cw_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var expiresAt = clock.GetUtcNow() + (lifetime ?? options.Value.TokenLifetime);
        await grains.GetGrain<ITokenGrain>(KeyOf(token)).IssueAsync(new AccessToken(user.UserName, securityStamp, expiresAt, Revoked: false));
        return (token, expiresAt);
    }

    /// <summary>The principal of a valid token, or null.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token)
    {
        if (token.Length is < 10 or > 200) return null;
        var stored = await grains.GetGrain<ITokenGrain>(KeyOf(token)).GetAsync();
        if (stored is null || stored.Revoked || stored.ExpiresAt <= clock.GetUtcNow()) return null;
        var user = grains.GetGrain<IUserGrain>(stored.UserName);
        var credential = await user.GetCredentialAsync();
        if (credential is null || !credential.Enabled || credential.SecurityStamp != stored.SecurityStamp) return null;
        var info = await user.GetAsync();
        return info is null ? null : Principals.For(info, credential.SecurityStamp, AuthSchemes.Bearer);
    }

    /// <summary>True while the token is stored, not revoked and not expired (the user's own checks are the caller's).</summary>
    public async Task<bool> IsActiveAsync(string token)
    {
        if (token.Length is < 10 or > 200) return false;
        var stored = await grains.GetGrain<ITokenGrain>(KeyOf(token)).GetAsync();
        return stored is { Revoked: false } && stored.ExpiresAt > clock.GetUtcNow();
    }

    public Task RevokeAsync(string token) => grains.GetGrain<ITokenGrain>(KeyOf(token)).RevokeAsync();

    /// <summary>The bearer token of a request's Authorization header, or null.</summary>
    public static string? FromRequest(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static string KeyOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
