using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Samples;

/// <summary>A KPI of the sample catalogue with made-up figures for one cluster.</summary>
internal sealed record SampleKpi(
    string Id,
    string Name,
    string Unit,
    KpiDirection Direction,
    string Goal,
    bool IsHeadline,
    double? Value,
    double? Previous,
    double? SameLastYear,
    RagStatus Status,
    string Target,
    string Error = "")
{
    public KpiColumn Column => new() { Id = Id, Name = Name, Unit = Unit, Direction = Direction };

    /// <summary>Thirteen monthly values ending in <paramref name="period"/>, drifting from last year's value to this one.</summary>
    public List<TrendPoint> Trend(Periods.Period period, int? gapAt = null)
    {
        var points = new List<TrendPoint>();
        for (var step = 12; step >= 0; step--)
        {
            double? value = Value is { } now && SameLastYear is { } then
                ? step == 1 && Previous is { } previous ? previous
                // A steady drift with a small wobble, so the sample charts look like real series.
                : now + ((then - now) * step / 12.0) + (Math.Sin(step * 2.3) * Math.Abs(now - then) * 0.05)
                : null;
            points.Add(new TrendPoint { Period = period.Offset(-step).Label, Value = step == gapAt ? null : Round(value) });
        }

        return points;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, Math.Abs(v) < 10 ? 4 : 0) : null;
}
