namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Red / amber / green against a KPI's targets, honouring its direction.</summary>
public static class KpiRatings
{
    public static KpiRating Rate(KpiDefinition kpi, double? value)
    {
        if (value is not { } v || kpi.Targets is not { } targets)
        {
            return KpiRating.None;
        }
        return kpi.Direction == KpiDirection.Up
            ? v >= targets.Green ? KpiRating.Green : v >= targets.Amber ? KpiRating.Amber : KpiRating.Red
            : v <= targets.Green ? KpiRating.Green : v <= targets.Amber ? KpiRating.Amber : KpiRating.Red;
    }
}
