using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Host.Auth;

/// <summary>Body of <c>POST /api/users</c>.</summary>
public sealed record CreateUserRequest(
    string? UserName,
    string? DisplayName,
    string? Password,
    List<string>? Roles,
    string? TsaId,
    List<string>? Districts,
    List<string>? States)
{
    public NewUser ToNewUser() => new(UserName ?? "", DisplayName ?? "", Password ?? "", Roles ?? [], TsaId, Districts, States);
}

/// <summary>Body of <c>PUT /api/users/{userName}</c>: the whole profile, replacing the stored one.</summary>
public sealed record UpdateUserRequest(string? DisplayName, List<string>? Roles, string? TsaId, List<string>? Districts, List<string>? States)
{
    public UserProfile ToProfile() => new(
        DisplayName?.Trim() ?? "",
        Roles ?? [],
        string.IsNullOrWhiteSpace(TsaId) ? null : TsaId.Trim(),
        Districts ?? [],
        States ?? []);
}

/// <summary>Body of <c>POST /api/users/{userName}/password</c>.</summary>
public sealed record ResetPasswordRequest(string? Password);
