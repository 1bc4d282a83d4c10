namespace ClusterWorkflow.Abstractions.Users;

/// <summary>
/// What an administrator sets on a user: the name people see, the workflow roles
/// (<c>ClusterWorkflow.Domain.Workflow.WorkflowRoles</c>) and the scope they apply in —
/// <paramref name="TsaId"/> for a TSA officer (clusters whose profile names it), <paramref name="Districts"/>
/// and <paramref name="States"/> for reviewers and viewers.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.user-profile")]
public sealed record UserProfile(
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? TsaId = null,
    IReadOnlyList<string>? Districts = null,
    IReadOnlyList<string>? States = null);
