namespace ClusterWorkflow.Abstractions.Users;

/// <summary>
/// What sign-in needs to check a password, for the host only: the hash made by ASP.NET Core's
/// password hasher, and the security stamp that changes when a password is reset or the user is
/// disabled (sessions and tokens carrying an older stamp stop working).
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.user-credential")]
public sealed record UserCredential(
    string PasswordHash,
    string SecurityStamp,
    bool Enabled,
    DateTimeOffset? LockedUntil);
