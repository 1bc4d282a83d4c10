using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Samples;

/// <summary>KPIs from the pilot's catalogue with invented values for one sample cluster.</summary>
internal static class SampleCatalogue
{
    public static readonly SampleKpi[] Kpis =
    [
        new("enrolled", "Enrolled enterprises", KpiUnits.Count, KpiDirection.Up, "C", false, 512, 508, 470, RagStatus.Green, "green ≥ 500, amber ≥ 400"),
        new("active_rate", "Active rate", KpiUnits.Percent, KpiDirection.Up, "C", true, 0.862, 0.847, 0.801, RagStatus.Green, "green ≥ 80%, amber ≥ 65%"),
        new("closures", "Closures", KpiUnits.Count, KpiDirection.Down, "C", false, 3, 5, 4, RagStatus.Green, "green ≤ 5, amber ≤ 10"),
        new("employment", "Employment", KpiUnits.Persons, KpiDirection.Up, "E", true, 1184, 1162, 1020, RagStatus.Green, "green ≥ 1,000, amber ≥ 800"),
        new("women_worker_share", "Women's share of workers", KpiUnits.Percent, KpiDirection.Up, "In", false, 0.574, 0.569, 0.55, RagStatus.Green, "green ≥ 50%, amber ≥ 35%"),
        new("turnover", "Cluster turnover", KpiUnits.Rupees, KpiDirection.Up, "R", true, 4_182_500, 3_961_200, 3_402_900, RagStatus.Amber, "green ≥ ₹45 lakh, amber ≥ ₹35 lakh"),
        new("median_revenue", "Median revenue per active enterprise", KpiUnits.Rupees, KpiDirection.Up, "R", false, 7_450, 7_300, 6_900, RagStatus.Amber, "green ≥ ₹8,000, amber ≥ ₹6,000"),
        new("gva", "Gross value added", KpiUnits.Rupees, KpiDirection.Up, "O", true, 1_968_400, 1_902_000, 1_650_000, RagStatus.Green, "green ≥ ₹18 lakh, amber ≥ ₹12 lakh"),
        new("labour_productivity", "Labour productivity", KpiUnits.RupeesPerDay, KpiDirection.Up, "O", false, 412, 405, 371, RagStatus.Amber, "green ≥ ₹450/day, amber ≥ ₹350/day"),
        new("forward_linkage_share", "Forward-linkage share", KpiUnits.Percent, KpiDirection.Up, "L", false, 0.218, 0.241, 0.152, RagStatus.Amber, "green ≥ 30%, amber ≥ 15%"),
        new("credit_overdue_share", "Overdue share of loans", KpiUnits.Percent, KpiDirection.Down, "C", false, 0.094, 0.081, 0.12, RagStatus.Amber, "green ≤ 5%, amber ≤ 10%"),
        new("lakhpati_share", "Lakhpati share", KpiUnits.Percent, KpiDirection.Up, "R, In", false, null, null, null, RagStatus.None, "green ≥ 25%, amber ≥ 10%", "Needs 12 months of income history; this cluster has 9."),
    ];

    /// <summary>The columns of the sample round summary, a subset a manager scans across clusters.</summary>
    public static readonly string[] SummaryColumns = ["enrolled", "active_rate", "employment", "women_worker_share", "turnover", "forward_linkage_share"];
}
