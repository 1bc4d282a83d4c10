namespace ClusterWorkflow.Abstractions.Users;

/// <summary>
/// One bearer token [key: the SHA-256 of the token, hex]. Stored through Orleans storage, so every
/// silo sees a token issued or revoked by any other.
/// </summary>
[Alias("cw.token")]
public interface ITokenGrain : IGrainWithStringKey
{
    [Alias("issue")]
    Task IssueAsync(AccessToken token);

    /// <summary>The stored token, or null when none was issued under this key.</summary>
    [Alias("get")]
    Task<AccessToken?> GetAsync();

    /// <summary>Revokes the token; revoking twice or an unknown token changes nothing.</summary>
    [Alias("revoke")]
    Task RevokeAsync();
}
