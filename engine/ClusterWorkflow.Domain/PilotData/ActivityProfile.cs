namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// The economics of one cluster activity. Own-account revenue and cost shares are chosen so that
/// gross value added (revenue − raw material − other costs) lands near INR 7,000–8,000 a month,
/// the magnitude PILOT.md cites for own-account manufacturing.
/// </summary>
internal sealed record ActivityProfile
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    /// <summary>The words used in cluster names, e.g. "Zari-Zardozi".</summary>
    public required string NameWord { get; init; }

    public required PilotClusterType Type { get; init; }

    /// <summary>Mean monthly revenue of an own-account enterprise in an average month, INR.</summary>
    public required double OwnAccountRevenue { get; init; }

    /// <summary>Mean monthly revenue per worker of an enterprise with hired workers, INR.</summary>
    public required double RevenuePerWorkerHired { get; init; }

    public required double RawMaterialShare { get; init; }

    public required double OtherCostShare { get; init; }

    /// <summary>Share of enterprises that hire workers (the rest are own-account).</summary>
    public required double HiredEnterpriseShare { get; init; }

    /// <summary>Share of women among helpers and hired workers.</summary>
    public required double WomenWorkerShare { get; init; }

    public required double DailyWage { get; init; }

    /// <summary>Days worked in an average month; dairy works every day.</summary>
    public required double TypicalDays { get; init; }

    /// <summary>Revenue multiplier per calendar month, January first; averages 1.</summary>
    public required double[] Seasonality { get; init; }

    /// <summary>Range of the cluster's share of sales through the collective.</summary>
    public required (double Min, double Max) ForwardLinkage { get; init; }

    /// <summary>Range of the cluster's share of raw material bought through the collective.</summary>
    public required (double Min, double Max) BackwardLinkage { get; init; }
}
