using ClusterWorkflow.Abstractions.People;

namespace ClusterWorkflow.Abstractions.Users;

/// <summary>A user as the API shows it: never the password hash or the security stamp.</summary>
[GenerateSerializer, Immutable, Alias("cw.user-info")]
public sealed record UserInfo(
    string UserName,
    UserProfile Profile,
    bool Enabled,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt)
{
    /// <summary>The person behind the commands this user sends.</summary>
    public Actor ToActor() => new(UserName, Profile.DisplayName, Profile.Roles, Profile.TsaId, Profile.Districts, Profile.States);
}
