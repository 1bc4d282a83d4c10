using ClusterWorkflow.Host.Hosting;
using Orleans.Runtime;

namespace ClusterWorkflow.Host.Api;

/// <summary><c>GET /health</c>: 200 with JSON once the silo is up (the web server starts after it).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IGrainFactory grains, ILocalSiloDetails silo, HostSettings settings) =>
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            return Results.Ok(new
            {
                status = "ok",
                silo = silo.SiloAddress.ToString(),
                store = settings.StoreKind.ToString().ToLowerInvariant(),
                activeSilos = hosts.Count,
            });
        }).WithTags("Health").WithName("Health").AllowAnonymous();
        return app;
    }
}
