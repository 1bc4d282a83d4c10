using ClusterWorkflow.Host.Hosting;
using Orleans.Runtime;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// <c>GET /metrics</c> (Prometheus text: silos, active grains, requests and errors, memory) and
/// <c>GET /health/details</c> (the same figures as JSON, with every silo and grain type). Both are
/// open on the loopback address and admin-only from elsewhere (<see cref="OperatorAccess"/>).
/// </summary>
public static class OperationsEndpoints
{
    // The management grain asks every silo; a silo that just died is not waited for long.
    private static readonly TimeSpan ClusterReadLimit = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        var operations = app.MapGroup("").WithTags("Operations").AllowAnonymous().AddEndpointFilter<OperatorAccess>();
        operations.MapGet("/metrics", MetricsAsync).WithName("Metrics").ExcludeFromDescription();
        operations.MapGet("/health/details", DetailsAsync).WithName("HealthDetails");
        return app;
    }

    private static async Task<IResult> MetricsAsync(IGrainFactory grains, ILocalSiloDetails silo, RequestCounters requests, HostSettings settings, ILoggerFactory logs)
    {
        var cluster = await TryReadClusterAsync(grains, silo, logs);
        return Results.Text(MetricsExposition.Write(cluster, requests, ProcessFigures.Now(), settings), PrometheusText.ContentType);
    }

    private static async Task<IResult> DetailsAsync(IGrainFactory grains, ILocalSiloDetails silo, RequestCounters requests, HostSettings settings, ILoggerFactory logs)
    {
        var cluster = await TryReadClusterAsync(grains, silo, logs);
        var counts = requests.Counts();
        var process = ProcessFigures.Now();
        return Results.Ok(new
        {
            status = cluster is null ? "degraded" : "ok",
            silo = silo.SiloAddress.ToString(),
            store = settings.StoreKind.ToString().ToLowerInvariant(),
            activeSilos = cluster?.ActiveSilos,
            activeGrains = cluster?.ActiveGrains,
            silos = cluster?.Silos,
            grains = cluster?.Grains,
            requests = new
            {
                total = counts.Sum(c => c.Count),
                clientErrors = counts.Where(c => c.Key.Status is >= 400 and < 500).Sum(c => c.Count),
                serverErrors = counts.Where(c => c.Key.Status >= 500).Sum(c => c.Count),
                inFlight = requests.InFlight,
            },
            process = new
            {
                residentBytes = process.ResidentBytes,
                peakResidentBytes = process.PeakResidentBytes,
                gcHeapBytes = process.GcHeapBytes,
                cpuSeconds = process.CpuSeconds,
                uptimeSeconds = process.UptimeSeconds,
                threads = process.ThreadCount,
            },
        });
    }

    private static async Task<ClusterFigures?> TryReadClusterAsync(IGrainFactory grains, ILocalSiloDetails silo, ILoggerFactory logs)
    {
        try
        {
            return await ClusterFigures.ReadAsync(grains, silo).WaitAsync(ClusterReadLimit);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or SiloUnavailableException)
        {
            // The process' own figures are still worth a scrape while the cluster rearranges itself.
            logs.CreateLogger(typeof(OperationsEndpoints)).LogWarning(e, "The cluster figures could not be read for the operations endpoints");
            return null;
        }
    }
}
