using System.Diagnostics;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// Wraps every request: counts it by route and status, times it, hands the caller the request id
/// (<c>x-request-id</c>, the id the logs carry) and logs refusals. Runs first, so it sees the status
/// that the exception handler and the status-code pages finally send.
/// </summary>
public sealed partial class RequestMetricsMiddleware(RequestDelegate next, RequestCounters counters, ILogger<RequestMetricsMiddleware> log)
{
    public const string RequestIdHeader = "x-request-id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        counters.Started();
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        var status = 500;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var route = RouteOf(context);
            counters.Finished(context.Request.Method, route, status, elapsed);
            Log(context.Request.Method, route, status, elapsed);
        }
    }

    /// <summary>
    /// The endpoint's template, so that ids in paths do not make a series each. Read from what
    /// <see cref="RememberRoute"/> kept: the exception handler clears the endpoint before it answers.
    /// </summary>
    private static string RouteOf(HttpContext context) =>
        context.Items[RouteItem] as string
        ?? (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template } ? "/" + template.TrimStart('/') : "unmatched");

    private const string RouteItem = "clusterworkflow.route";

    /// <summary>Runs right after routing: keeps the matched template for the counters.</summary>
    public static Task RememberRoute(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template })
            context.Items[RouteItem] = "/" + template.TrimStart('/');
        return next(context);
    }

    private void Log(string method, string route, int status, TimeSpan elapsed)
    {
        if (status >= 500) ServerError(method, route, status, elapsed.TotalMilliseconds);
        else if (status >= 400) Refused(method, route, status, elapsed.TotalMilliseconds);
        else Answered(method, route, status, elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Route} failed with {Status} after {ElapsedMs:0.0} ms")]
    private partial void ServerError(string method, string route, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} refused with {Status} after {ElapsedMs:0.0} ms")]
    private partial void Refused(string method, string route, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Route} answered {Status} after {ElapsedMs:0.0} ms")]
    private partial void Answered(string method, string route, int status, double elapsedMs);
}
