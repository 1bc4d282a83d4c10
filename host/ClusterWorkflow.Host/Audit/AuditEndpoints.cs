using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Audit;

/// <summary>
/// <c>GET /api/audit?kind=&amp;from=&amp;to=&amp;user=</c> (administrators): the append-only audit —
/// sign-ins, definition changes, workflow transitions, user and settings changes — oldest first.
/// </summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ReadAsync).WithTags("Audit").WithName("ReadAudit").RequireAuthorization(AuthPolicies.Admin);
        return app;
    }

    private static async Task<IResult> ReadAsync(string? kind, string? from, string? to, string? user, AuditTrail audit, TimeProvider clock)
    {
        var (query, problems) = AuditQuery.Parse(kind, from, to, user, clock.GetUtcNow());
        if (query is null) return ApiResults.Invalid(problems);
        return Results.Ok(await audit.ReadAsync(query));
    }
}
