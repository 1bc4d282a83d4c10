using ClusterWorkflow.Domain.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Named role policies for <c>.RequireAuthorization(...)</c>. Every endpoint already needs a signed-in
/// user (the fallback policy); these narrow it to roles. Scope (which cluster) is checked in the
/// endpoint with <see cref="ClusterAccess"/>.
/// </summary>
public static class AuthPolicies
{
    /// <summary>Administrators only: users, audit, settings.</summary>
    public const string Admin = "cw-admin";

    /// <summary>Program managers and administrators: definitions, programs, clusters, rounds.</summary>
    public const string ManageDefinitions = "cw-manage-definitions";

    /// <summary>Anyone who enters data or manages it: TSA officers, program managers, administrators.</summary>
    public const string EnterData = "cw-enter-data";

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Admin, policy => policy.RequireRole(WorkflowRoles.Admin));
        options.AddPolicy(ManageDefinitions, policy => policy.RequireRole(WorkflowRoles.ProgramManager, WorkflowRoles.Admin));
        options.AddPolicy(EnterData, policy => policy.RequireRole(WorkflowRoles.Tsa, WorkflowRoles.ProgramManager, WorkflowRoles.Admin));
    }
}
