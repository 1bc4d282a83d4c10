using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Abstractions.Users;

/// <summary>
/// One person who signs in [key: user name, a lowercase id]. Passwords arrive hashed: the host
/// hashes and verifies them, the grain keeps the hash, the lock-out count and the security stamp.
/// </summary>
[Alias("cw.user")]
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user and lists it in the directory; a user that exists already is a conflict.</summary>
    [Alias("create")]
    Task<Outcome<UserInfo>> CreateAsync(UserProfile profile, string passwordHash, DateTimeOffset now);

    /// <summary>The user, or null when there is no such user.</summary>
    [Alias("get")]
    Task<UserInfo?> GetAsync();

    /// <summary>The password hash and security stamp, or null when there is no such user.</summary>
    [Alias("credential")]
    Task<UserCredential?> GetCredentialAsync();

    /// <summary>Replaces display name, roles and scope.</summary>
    [Alias("update")]
    Task<Outcome<UserInfo>> UpdateAsync(UserProfile profile);

    /// <summary>Sets a new password hash, ends the lock-out and changes the security stamp (old sessions end).</summary>
    [Alias("set-password")]
    Task<Outcome<UserInfo>> SetPasswordAsync(string passwordHash);

    /// <summary>Enables or disables sign-in; disabling changes the security stamp (old sessions end).</summary>
    [Alias("set-enabled")]
    Task<Outcome<UserInfo>> SetEnabledAsync(bool enabled);

    /// <summary>Counts a failed sign-in; answers the end of the lock-out when this failure started one.</summary>
    [Alias("sign-in-failed")]
    Task<DateTimeOffset?> RecordFailedSignInAsync(DateTimeOffset now, LockoutPolicy policy);

    /// <summary>Clears the count of failed sign-ins after a good one.</summary>
    [Alias("sign-in-succeeded")]
    Task RecordSucceededSignInAsync();
}
