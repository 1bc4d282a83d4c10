namespace ClusterWorkflow.Abstractions.Users;

/// <summary>
/// A bearer token as stored: whose it is, the user's security stamp when it was issued, when it
/// expires and whether it was revoked. The token itself is never stored, only its hash (the key).
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.access-token")]
public sealed record AccessToken(string UserName, string SecurityStamp, DateTimeOffset ExpiresAt, bool Revoked);
