using System.Net;
using ClusterWorkflow.Domain.Workflow;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// Who may read the operations endpoints: anyone on this machine (a scraper beside the host needs no
/// credentials, and the host listens on 127.0.0.1 by default), and from elsewhere only a signed-in
/// admin. The figures name silos, ports and load, which outsiders have no business reading.
/// </summary>
public sealed class OperatorAccess(IOptions<OperationsOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (IsLoopback(http.Connection.RemoteIpAddress)) return await next(context);
        if (options.Value.AllowRemoteAdmins && http.User.IsInRole(WorkflowRoles.Admin)) return await next(context);
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        return Results.Problem(
            statusCode: signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
            title: signedIn ? "Not allowed" : "Sign-in required",
            detail: $"The operations figures answer callers on the host's own machine, and from elsewhere only a signed-in user with the role '{WorkflowRoles.Admin}'. Scrape from the host, or sign in as an admin.");
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
