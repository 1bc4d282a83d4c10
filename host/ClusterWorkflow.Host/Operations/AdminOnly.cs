using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Operations;

/// <summary>Lets only a signed-in admin through: 401 when nobody is signed in, 403 for other roles.</summary>
public sealed class AdminOnly : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.IsInRole(WorkflowRoles.Admin)) return await next(context);
        var signedIn = user.Identity?.IsAuthenticated == true;
        return Results.Problem(
            statusCode: signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
            title: signedIn ? "Not allowed" : "Sign-in required",
            detail: $"Only a user with the role '{WorkflowRoles.Admin}' may read the stored round state for consistency checks.");
    }
}
