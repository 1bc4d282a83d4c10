using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// <c>GET /api/operations/endpoints</c> (admins): every route the host answers, with who may call it
/// as the routing metadata says (anonymous, policies, roles). Scope inside an endpoint (which
/// cluster) is not visible here; the authorization table test checks it by calling each route.
/// </summary>
public static class EndpointListEndpoints
{
    public static IEndpointRouteBuilder MapEndpointList(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/operations/endpoints", (EndpointDataSource endpoints) => Results.Ok(EndpointCatalog.List(endpoints)))
            .WithTags("Operations").WithName("ListEndpoints").RequireAuthorization(AuthPolicies.Admin);
        return app;
    }
}
