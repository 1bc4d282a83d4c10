using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>One KPI of one cluster in one round, with its comparisons and trend.</summary>
public sealed record KpiResult
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>See <see cref="KpiUnits"/>.</summary>
    public string Unit { get; init; } = KpiUnits.Count;
    public KpiDirection Direction { get; init; }

    /// <summary>Policy goals the KPI serves, e.g. <c>R, In</c>.</summary>
    public string Goal { get; init; } = "";

    /// <summary>Headline KPIs get a trend chart in the review report.</summary>
    public bool IsHeadline { get; init; }
    public double? Value { get; init; }
    public RagStatus Status { get; init; }

    /// <summary>The targets in words, e.g. <c>green ≥ 60%, amber ≥ 40%</c>.</summary>
    public string Target { get; init; } = "";

    /// <summary>Value in the previous round (t−1).</summary>
    public double? Previous { get; init; }

    /// <summary>Value in the same round last year (t−12 months, t−4 quarters).</summary>
    public double? SameLastYear { get; init; }

    /// <summary>Why the KPI has no value (its formula failed); empty when it computed.</summary>
    public string Error { get; init; } = "";

    /// <summary>Values of earlier rounds, oldest first, ending with this round.</summary>
    public List<TrendPoint> Trend { get; init; } = [];

    [JsonIgnore]
    public KpiChange? ChangeVsPrevious => KpiChange.Between(Value, Previous, Direction);

    [JsonIgnore]
    public KpiChange? ChangeVsLastYear => KpiChange.Between(Value, SameLastYear, Direction);
}
