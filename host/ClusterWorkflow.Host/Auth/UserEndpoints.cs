using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Audit;

namespace ClusterWorkflow.Host.Auth;

/// <summary>User management for administrators: <c>/api/users</c>. Every change is audited (never the password).</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(AuthPolicies.Admin);
        users.MapGet("/", async (UserAdmin admin) => Results.Ok(await admin.ListAsync())).WithName("ListUsers");
        users.MapPost("/", CreateAsync).WithName("CreateUser");
        users.MapGet("/{userName}", GetAsync).WithName("GetUser");
        users.MapPut("/{userName}", UpdateAsync).WithName("UpdateUser");
        users.MapPost("/{userName}/password", ResetPasswordAsync).WithName("ResetPassword");
        users.MapPost("/{userName}/disable", DisableAsync).WithName("DisableUser");
        users.MapPost("/{userName}/enable", EnableAsync).WithName("EnableUser");
        return app;
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, UserAdmin admin, AuditTrail audit, HttpContext context)
    {
        var outcome = await admin.CreateAsync(request.ToNewUser());
        await AuditAsync(outcome, audit, context, "created", user => $"created user '{user.UserName}' with roles {Roles(user)}.");
        return ApiResults.From(outcome, user => Results.Created($"/api/users/{user.UserName}", user));
    }

    private static async Task<IResult> GetAsync(string userName, UserAdmin admin) =>
        await admin.GetAsync(userName) is { } user ? Results.Ok(user) : ApiResults.NotFound("user", userName, "userName");

    private static async Task<IResult> UpdateAsync(string userName, UpdateUserRequest request, UserAdmin admin, AuditTrail audit, HttpContext context)
    {
        var profile = request.ToProfile();
        if (IsSelf(context, userName) && !profile.Roles.Contains(WorkflowRoles.Admin))
            return SelfConflict("You cannot take the admin role from yourself; another administrator can.", "roles");
        var outcome = await admin.UpdateAsync(userName, profile);
        await AuditAsync(outcome, audit, context, "updated", user => $"set the roles of '{user.UserName}' to {Roles(user)}.");
        return ApiResults.From(outcome, Results.Ok);
    }

    private static async Task<IResult> ResetPasswordAsync(string userName, ResetPasswordRequest request, UserAdmin admin, AuditTrail audit, HttpContext context)
    {
        var outcome = await admin.ResetPasswordAsync(userName, request.Password);
        await AuditAsync(outcome, audit, context, "password-reset", user => $"set a new password for '{user.UserName}' (its sessions and tokens ended).");
        return ApiResults.From(outcome, Results.Ok);
    }

    private static async Task<IResult> DisableAsync(string userName, UserAdmin admin, AuditTrail audit, HttpContext context)
    {
        if (IsSelf(context, userName)) return SelfConflict("You cannot disable yourself; another administrator can.", "userName");
        var outcome = await admin.SetEnabledAsync(userName, false);
        await AuditAsync(outcome, audit, context, "disabled", user => $"disabled '{user.UserName}' (its sessions and tokens ended).");
        return ApiResults.From(outcome, Results.Ok);
    }

    private static async Task<IResult> EnableAsync(string userName, UserAdmin admin, AuditTrail audit, HttpContext context)
    {
        var outcome = await admin.SetEnabledAsync(userName, true);
        await AuditAsync(outcome, audit, context, "enabled", user => $"enabled '{user.UserName}'.");
        return ApiResults.From(outcome, Results.Ok);
    }

    private static async Task AuditAsync(Outcome<UserInfo> outcome, AuditTrail audit, HttpContext context, string action, Func<UserInfo, string> says)
    {
        if (!outcome.Succeeded) return;
        var admin = context.Actor().UserId;
        await audit.RecordAsync(AuditKinds.User, action, admin, outcome.Value!.UserName, $"{admin} {says(outcome.Value)}");
    }

    private static string Roles(UserInfo user) => string.Join(", ", user.Profile.Roles);

    private static bool IsSelf(HttpContext context, string userName) => context.Actor().UserId == UserAdmin.Normalize(userName);

    private static IResult SelfConflict(string message, string field) =>
        ApiResults.Problems(OutcomeStatus.Conflict, [new Problem("self", message, field)]);
}
