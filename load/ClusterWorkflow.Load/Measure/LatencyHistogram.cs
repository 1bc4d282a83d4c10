namespace ClusterWorkflow.Load.Measure;

/// <summary>
/// Latencies in logarithmic buckets 2 % wide, from 10 µs to about 20 minutes: constant memory
/// however many requests, lock-free recording from many threads, and percentiles within 2 %.
/// </summary>
public sealed class LatencyHistogram
{
    private const double Growth = 1.02;
    private const double SmallestMicroseconds = 10;
    private static readonly double LogGrowth = Math.Log(Growth);
    private readonly long[] buckets = new long[950];
    private long count;
    private long maxTicks;

    public long Count => Interlocked.Read(ref count);

    public TimeSpan Max => TimeSpan.FromTicks(Interlocked.Read(ref maxTicks));

    public void Record(TimeSpan latency)
    {
        Interlocked.Increment(ref buckets[IndexOf(latency)]);
        Interlocked.Increment(ref count);
        var ticks = latency.Ticks;
        long seen;
        while (ticks > (seen = Interlocked.Read(ref maxTicks)) && Interlocked.CompareExchange(ref maxTicks, ticks, seen) != seen)
        {
        }
    }

    /// <summary>
    /// The latency below which <paramref name="percent"/> % of the recorded ones fall: the upper
    /// bound of the bucket that holds that rank (never above the largest recorded). Zero when empty.
    /// </summary>
    public TimeSpan Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var total = Count;
        if (total == 0) return TimeSpan.Zero;
        var rank = Math.Max(1, (long)Math.Ceiling(percent / 100 * total));
        long seen = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            seen += Interlocked.Read(ref buckets[i]);
            if (seen >= rank)
            {
                var bound = UpperBound(i);
                return bound < Max ? bound : Max;
            }
        }
        return Max;
    }

    /// <summary>Adds the other histogram's counts to this one (to sum operations or silos).</summary>
    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < buckets.Length; i++) Interlocked.Add(ref buckets[i], Interlocked.Read(ref other.buckets[i]));
        Interlocked.Add(ref count, other.Count);
        var otherMax = other.Max.Ticks;
        if (otherMax > Interlocked.Read(ref maxTicks)) Interlocked.Exchange(ref maxTicks, otherMax);
    }

    private int IndexOf(TimeSpan latency)
    {
        var microseconds = latency.TotalMicroseconds;
        if (microseconds <= SmallestMicroseconds) return 0;
        var index = (int)Math.Ceiling(Math.Log(microseconds / SmallestMicroseconds) / LogGrowth);
        return Math.Clamp(index, 0, buckets.Length - 1);
    }

    private static TimeSpan UpperBound(int index) => TimeSpan.FromMicroseconds(SmallestMicroseconds * Math.Pow(Growth, index));
}
