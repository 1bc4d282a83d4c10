namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// A user to create: a lowercase <paramref name="UserName"/> (the id people sign in with), the name
/// people see, the first password, the workflow roles and their scope (see <see cref="Abstractions.Users.UserProfile"/>).
/// </summary>
public sealed record NewUser(
    string UserName,
    string DisplayName,
    string Password,
    IReadOnlyList<string> Roles,
    string? TsaId = null,
    IReadOnlyList<string>? Districts = null,
    IReadOnlyList<string>? States = null);
