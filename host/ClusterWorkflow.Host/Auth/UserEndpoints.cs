using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Api;

namespace ClusterWorkflow.Host.Auth;

/// <summary>User management for administrators: <c>/api/users</c>.</summary>
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
        users.MapPost("/{userName}/enable", async (string userName, UserAdmin admin) =>
            ApiResults.From(await admin.SetEnabledAsync(userName, true), Results.Ok)).WithName("EnableUser");
        return app;
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, UserAdmin admin)
    {
        var outcome = await admin.CreateAsync(request.ToNewUser());
        return ApiResults.From(outcome, user => Results.Created($"/api/users/{user.UserName}", user));
    }

    private static async Task<IResult> GetAsync(string userName, UserAdmin admin) =>
        await admin.GetAsync(userName) is { } user ? Results.Ok(user) : ApiResults.NotFound("user", userName, "userName");

    private static async Task<IResult> UpdateAsync(string userName, UpdateUserRequest request, UserAdmin admin, HttpContext context)
    {
        var profile = request.ToProfile();
        if (IsSelf(context, userName) && !profile.Roles.Contains(WorkflowRoles.Admin))
            return SelfConflict("You cannot take the admin role from yourself; another administrator can.", "roles");
        return ApiResults.From(await admin.UpdateAsync(userName, profile), Results.Ok);
    }

    private static async Task<IResult> ResetPasswordAsync(string userName, ResetPasswordRequest request, UserAdmin admin) =>
        ApiResults.From(await admin.ResetPasswordAsync(userName, request.Password), Results.Ok);

    private static async Task<IResult> DisableAsync(string userName, UserAdmin admin, HttpContext context) =>
        IsSelf(context, userName)
            ? SelfConflict("You cannot disable yourself; another administrator can.", "userName")
            : ApiResults.From(await admin.SetEnabledAsync(userName, false), Results.Ok);

    private static bool IsSelf(HttpContext context, string userName) => context.Actor().UserId == UserAdmin.Normalize(userName);

    private static IResult SelfConflict(string message, string field) =>
        ApiResults.Problems(OutcomeStatus.Conflict, [new Problem("self", message, field)]);
}
