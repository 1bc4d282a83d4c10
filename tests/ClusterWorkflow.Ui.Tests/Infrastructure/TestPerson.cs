namespace ClusterWorkflow.Ui.Tests.Infrastructure;

/// <summary>Someone the journey signs in as: user name, password, roles and scope.</summary>
public sealed record TestPerson(
    string UserName,
    string DisplayName,
    string[] Roles,
    string? TsaId = null,
    string[]? Districts = null,
    string[]? States = null)
{
    public string Password => $"{UserName}-Pass-2026!";
}
