using System.Collections.Concurrent;

namespace ClusterWorkflow.Load.Measure;

/// <summary>
/// What the load tool saw, per operation (upload, save-draft, submit, approve...): latencies of the
/// answered requests, unexpected answers by kind, retries; plus the expected refusals of the bad-input mix.
/// </summary>
public sealed class OperationStats
{
    private readonly ConcurrentDictionary<string, LatencyHistogram> latencies = new(StringComparer.Ordinal);

    public ErrorTally Errors { get; } = new();

    public ErrorTally Retries { get; } = new();

    /// <summary>Bad inputs refused as they should be, by kind; a bad input that was accepted is an error.</summary>
    public ErrorTally ExpectedRefusals { get; } = new();

    /// <summary>Validation errors in saved drafts, by field and code: why a submit was refused.</summary>
    public ErrorTally ValidationErrors { get; } = new();

    public LatencyHistogram For(string operation) => latencies.GetOrAdd(operation, static _ => new LatencyHistogram());

    public IReadOnlyList<KeyValuePair<string, LatencyHistogram>> Operations() =>
        latencies.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    public LatencyHistogram All()
    {
        var all = new LatencyHistogram();
        foreach (var histogram in latencies.Values) all.Add(histogram);
        return all;
    }
}
