using ClusterWorkflow.Host.Hosting;

namespace ClusterWorkflow.Host.Operations;

/// <summary>What an operator watches: request counters, <c>/metrics</c>, <c>/health/details</c>, JSON logs.</summary>
public static class OperationsSetup
{
    public static WebApplicationBuilder AddClusterWorkflowOperations(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OperationsOptions.Section);
        builder.Services.Configure<OperationsOptions>(section);
        var options = section.Get<OperationsOptions>() ?? new OperationsOptions();
        if (options.JsonLogs)
        {
            // The hosting layer opens a log scope per request with its RequestId and path; the JSON
            // lines carry it, and the answer's x-request-id header names the same id.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        builder.Services.AddSingleton<RequestCounters>();
        return builder;
    }

    /// <summary>Call before the API's own middleware, so the counters see the final status of every request.</summary>
    public static WebApplication UseClusterWorkflowOperations(this WebApplication app)
    {
        app.UseMiddleware<RequestMetricsMiddleware>();
        // Routing explicitly here (the default puts it first), so the matched route is known to the
        // counters even when the exception handler later answers for the endpoint.
        app.UseRouting();
        app.Use(RequestMetricsMiddleware.RememberRoute);
        app.MapOperationsEndpoints();
        app.MapRoundInspectionEndpoints();
        app.MapEndpointList();
        return app;
    }
}
