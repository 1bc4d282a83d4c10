namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// One KPI's value for a cluster or a roll-up node. <see cref="Value"/> null means "no value"
/// (a zero denominator, missing history, an error); a ratio keeps its <see cref="Numerator"/> and
/// <see cref="Denominator"/> so that roll-ups sum them.
/// </summary>
public sealed record KpiValue
{
    public string KpiId { get; init; } = "";

    public double? Value { get; init; }

    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    public KpiRating Rating { get; init; }

    /// <summary>Why there is no value although nothing failed, e.g. "the denominator is zero".</summary>
    public string? Note { get; init; }

    /// <summary>The formula failed (threw, looped, returned a non-number); the other KPIs are unaffected.</summary>
    public KpiProblem? Error { get; init; }

    /// <summary>Roll-ups only: clusters whose value went into this one.</summary>
    public int? ClustersCounted { get; init; }

    /// <summary>Roll-ups only: clusters left out because they had no value or an error.</summary>
    public int? ClustersMissing { get; init; }
}
