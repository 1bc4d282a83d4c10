namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>
/// A KPI's change against a baseline round. <see cref="Absolute"/> is in the KPI's unit (for a
/// percentage KPI, a difference of fractions: 0.031 = 3.1 percentage points); <see cref="Relative"/>
/// is the change as a fraction of the baseline, absent when the baseline is zero.
/// </summary>
public sealed record KpiChange
{
    public double Absolute { get; init; }
    public double? Relative { get; init; }

    /// <summary>True when the change is for the better, false for the worse, null when flat.</summary>
    public bool? Improved { get; init; }

    /// <summary>The change from <paramref name="baseline"/> to <paramref name="current"/>, or null when either is missing.</summary>
    public static KpiChange? Between(double? current, double? baseline, KpiDirection direction)
    {
        if (current is not { } now || baseline is not { } then || !double.IsFinite(now) || !double.IsFinite(then))
        {
            return null;
        }

        var absolute = now - then;
        return new KpiChange
        {
            Absolute = absolute,
            Relative = then == 0 ? null : absolute / Math.Abs(then),
            Improved = absolute == 0 ? null : (absolute > 0) == (direction == KpiDirection.Up),
        };
    }
}
