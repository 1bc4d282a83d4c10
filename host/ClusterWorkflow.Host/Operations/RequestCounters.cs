using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// Counts the API's requests by method, route template and status, and times them in a histogram.
/// Routes are the endpoint templates (<c>/api/clusters/{clusterId}</c>), never raw paths, so a
/// scraper sees a bounded number of series however many ids callers send. The same figures are
/// published on the <c>ClusterWorkflow.Host</c> meter for OpenTelemetry collectors.
/// </summary>
public sealed class RequestCounters : IDisposable
{
    public const string MeterName = "ClusterWorkflow.Host";

    /// <summary>Upper bounds of the latency buckets, in seconds (Prometheus' <c>le</c>).</summary>
    public static readonly double[] BucketBounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<RequestKey, long[]> counts = new();
    private readonly long[] buckets = new long[BucketBounds.Length + 1];
    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> requestCounter;
    private readonly Histogram<double> durationHistogram;
    private long inFlight;
    private long durationTicks;

    public RequestCounters()
    {
        requestCounter = meter.CreateCounter<long>("clusterworkflow.http.requests", description: "API requests answered");
        durationHistogram = meter.CreateHistogram<double>("clusterworkflow.http.request.duration", unit: "s", description: "Time to answer an API request");
        meter.CreateObservableGauge("clusterworkflow.http.requests.in_flight", () => Interlocked.Read(ref inFlight));
    }

    public long InFlight => Interlocked.Read(ref inFlight);

    public void Started() => Interlocked.Increment(ref inFlight);

    public void Finished(string method, string route, int status, TimeSpan duration)
    {
        Interlocked.Decrement(ref inFlight);
        var cell = counts.GetOrAdd(new RequestKey(method, route, status), static _ => new long[1]);
        Interlocked.Increment(ref cell[0]);
        var seconds = duration.TotalSeconds;
        var bucket = Array.FindIndex(BucketBounds, bound => seconds <= bound);
        Interlocked.Increment(ref buckets[bucket < 0 ? BucketBounds.Length : bucket]);
        Interlocked.Add(ref durationTicks, duration.Ticks);
        requestCounter.Add(1, new("method", method), new("route", route), new("status", status));
        durationHistogram.Record(seconds, new KeyValuePair<string, object?>("route", route));
    }

    /// <summary>Requests so far, one line per method, route and status.</summary>
    public IReadOnlyList<(RequestKey Key, long Count)> Counts() =>
        counts.Select(pair => (pair.Key, Interlocked.Read(ref pair.Value[0])))
            .OrderBy(pair => pair.Key.Route, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Method, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Status)
            .ToList();

    /// <summary>Requests per latency bucket (not cumulative; the last is above every bound).</summary>
    public long[] Buckets() => buckets.Select(count => Interlocked.Read(ref count)).ToArray();

    public TimeSpan TotalDuration => TimeSpan.FromTicks(Interlocked.Read(ref durationTicks));

    public void Dispose() => meter.Dispose();
}
