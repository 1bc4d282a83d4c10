using ClusterWorkflow.Abstractions.Users;
using Microsoft.AspNetCore.Identity;

namespace ClusterWorkflow.Host.Auth;

/// <summary>Hashes and verifies passwords with ASP.NET Core's password hasher (PBKDF2, salted, versioned format).</summary>
public sealed class Passwords
{
    private static readonly UserProfile Nobody = new("", []);
    private readonly PasswordHasher<UserProfile> hasher = new();

    // Verified when the user does not exist, so that an unknown name takes as long as a wrong password.
    private readonly Lazy<string> decoy;

    public Passwords() => decoy = new Lazy<string>(() => Hash(Guid.NewGuid().ToString()));

    public string Hash(string password) => hasher.HashPassword(Nobody, password);

    public bool Verify(string hash, string password) =>
        hasher.VerifyHashedPassword(Nobody, hash, password) != PasswordVerificationResult.Failed;

    public void VerifyDecoy(string password) => Verify(decoy.Value, password);
}
