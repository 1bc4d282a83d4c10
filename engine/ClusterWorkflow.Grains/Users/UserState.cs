using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Grains.Users;

[GenerateSerializer, Alias("cw.user-state")]
public sealed class UserState
{
    [Id(0)] public UserProfile? Profile { get; set; }
    [Id(1)] public string PasswordHash { get; set; } = "";
    [Id(2)] public string SecurityStamp { get; set; } = "";
    [Id(3)] public bool Enabled { get; set; }
    [Id(4)] public int FailedSignIns { get; set; }
    [Id(5)] public DateTimeOffset? LockedUntil { get; set; }
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }
}
