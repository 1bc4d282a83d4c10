using ClusterWorkflow.Load.Measure;

namespace ClusterWorkflow.Host.Tests.Operations;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void PercentilesOfOneToAHundredMillisecondsFallWithinTwoPercent()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 100; ms++) histogram.Record(TimeSpan.FromMilliseconds(ms));

        // Ranks 50, 90 and 99 of 1..100 ms are 50, 90 and 99 ms; a bucket is at most 2 % wide.
        Assert.InRange(histogram.Percentile(50).TotalMilliseconds, 50, 51);
        Assert.InRange(histogram.Percentile(90).TotalMilliseconds, 90, 91.8);
        Assert.InRange(histogram.Percentile(99).TotalMilliseconds, 99, 100);
        Assert.Equal(100, histogram.Percentile(100).TotalMilliseconds);
        Assert.Equal(100, histogram.Count);
    }

    [Fact]
    public void AnEmptyHistogramAnswersZero()
    {
        Assert.Equal(TimeSpan.Zero, new LatencyHistogram().Percentile(99));
    }

    [Fact]
    public void AddingHistogramsSumsTheirCountsAndKeepsTheLargerMaximum()
    {
        var fast = new LatencyHistogram();
        var slow = new LatencyHistogram();
        for (var i = 0; i < 9; i++) fast.Record(TimeSpan.FromMilliseconds(10));
        slow.Record(TimeSpan.FromSeconds(2));

        var all = new LatencyHistogram();
        all.Add(fast);
        all.Add(slow);

        Assert.Equal(10, all.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), all.Max);
        Assert.InRange(all.Percentile(90).TotalMilliseconds, 10, 10.2);
        Assert.Equal(2000, all.Percentile(99).TotalMilliseconds);
    }

    [Fact]
    public void RecordingFromManyThreadsLosesNoSample()
    {
        var histogram = new LatencyHistogram();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++) histogram.Record(TimeSpan.FromMicroseconds(100 + i % 1000));
        });
        Assert.Equal(80_000, histogram.Count);
    }
}
