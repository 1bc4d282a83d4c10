namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>A user a test signs in as: roles by their workflow names, and the scope they apply in.</summary>
public sealed class TestUser(string userName, string[] roles, string? tsaId = null, string[]? districts = null, string[]? states = null)
{
    public const string DefaultPassword = "test-user-password-1";

    public string UserName { get; } = userName;
    public string[] Roles { get; } = roles;
    public string? TsaId { get; } = tsaId;
    public string[] Districts { get; } = districts ?? [];
    public string[] States { get; } = states ?? [];
    public string DisplayName => $"Test user {UserName}";
    public string Password => DefaultPassword;
}
