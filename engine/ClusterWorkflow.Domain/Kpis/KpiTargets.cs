namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Thresholds for the red / amber / green rating. For a KPI where higher is better a value at or
/// above <see cref="Green"/> is green, at or above <see cref="Amber"/> amber, anything lower red;
/// where lower is better the comparisons turn round (at or below).
/// </summary>
public sealed record KpiTargets
{
    public double Green { get; init; }

    public double Amber { get; init; }
}
