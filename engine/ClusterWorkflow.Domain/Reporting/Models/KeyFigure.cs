namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>One headline number of a submission (e.g. enterprises reported, turnover).</summary>
public sealed record KeyFigure
{
    public string Label { get; init; } = "";
    public double? Value { get; init; }

    /// <summary>See <see cref="KpiUnits"/>: <c>INR</c>, <c>%</c> (value is a fraction), <c>count</c>, …</summary>
    public string Unit { get; init; } = KpiUnits.Count;
}
