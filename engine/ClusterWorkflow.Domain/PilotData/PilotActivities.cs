namespace ClusterWorkflow.Domain.PilotData;

/// <summary>The sample's activities: zari-zardozi in Budaun; bamboo, minor forest produce and dairy in Dhamtari.</summary>
internal static class PilotActivities
{
    // Festivals (Navratri to Diwali) and the wedding season lift embroidery; the monsoon (July, August) slows it.
    public static readonly ActivityProfile ZariZardozi = new()
    {
        Id = "zari-zardozi", Label = "Zari-zardozi embroidery", NameWord = "Zari-Zardozi", Type = PilotClusterType.Artisanal,
        OwnAccountRevenue = 11_000, RevenuePerWorkerHired = 11_000, RawMaterialShare = 0.34, OtherCostShare = 0.06,
        HiredEnterpriseShare = 0.20, WomenWorkerShare = 0.60, DailyWage = 280, TypicalDays = 22,
        Seasonality = [1.10, 1.05, 0.95, 0.90, 0.95, 0.85, 0.70, 0.70, 0.95, 1.20, 1.35, 1.30],
        ForwardLinkage = (0.10, 0.40), BackwardLinkage = (0.05, 0.35),
    };

    public static readonly ActivityProfile Bamboo = new()
    {
        Id = "bamboo-craft", Label = "Bamboo craft", NameWord = "Bamboo Craft", Type = PilotClusterType.Artisanal,
        OwnAccountRevenue = 9_500, RevenuePerWorkerHired = 9_500, RawMaterialShare = 0.22, OtherCostShare = 0.05,
        HiredEnterpriseShare = 0.12, WomenWorkerShare = 0.55, DailyWage = 260, TypicalDays = 20,
        Seasonality = [1.10, 1.10, 1.05, 1.00, 0.95, 0.85, 0.70, 0.70, 0.85, 1.10, 1.25, 1.35],
        ForwardLinkage = (0.15, 0.45), BackwardLinkage = (0.10, 0.40),
    };

    // Mahua, tendu leaves and sal seed are gathered from March to June; little comes in the monsoon.
    public static readonly ActivityProfile MinorForestProduce = new()
    {
        Id = "minor-forest-produce", Label = "Minor forest produce", NameWord = "Minor Forest Produce", Type = PilotClusterType.Sectoral,
        OwnAccountRevenue = 8_500, RevenuePerWorkerHired = 7_000, RawMaterialShare = 0.08, OtherCostShare = 0.05,
        HiredEnterpriseShare = 0.05, WomenWorkerShare = 0.65, DailyWage = 240, TypicalDays = 16,
        Seasonality = [0.70, 0.90, 1.50, 1.80, 1.60, 1.10, 0.60, 0.50, 0.60, 0.80, 0.90, 1.00],
        ForwardLinkage = (0.25, 0.55), BackwardLinkage = (0.00, 0.15),
    };

    // Milk flushes in winter and dips in the hot months; the animals are tended every day.
    public static readonly ActivityProfile Dairy = new()
    {
        Id = "dairy", Label = "Dairy", NameWord = "Dairy", Type = PilotClusterType.Sectoral,
        OwnAccountRevenue = 16_000, RevenuePerWorkerHired = 12_000, RawMaterialShare = 0.52, OtherCostShare = 0.05,
        HiredEnterpriseShare = 0.06, WomenWorkerShare = 0.70, DailyWage = 250, TypicalDays = 30,
        Seasonality = [1.15, 1.15, 1.05, 0.90, 0.85, 0.85, 0.90, 0.95, 1.00, 1.05, 1.05, 1.10],
        ForwardLinkage = (0.40, 0.75), BackwardLinkage = (0.15, 0.45),
    };
}
