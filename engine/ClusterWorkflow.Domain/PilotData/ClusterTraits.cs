namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// What makes one sample cluster differ from another of the same activity: linkage shares,
/// women's ownership, credit habits, churn, and its institutions (producer company, common facility centre).
/// </summary>
internal sealed record ClusterTraits
{
    public required double ForwardShare { get; init; }

    public required double BackwardShare { get; init; }

    /// <summary>Relative growth of collective sales per month, the TSA's work showing.</summary>
    public required double LinkageGrowthPerMonth { get; init; }

    /// <summary>Kept within 0.70–0.80 so the program's share is about three quarters.</summary>
    public required double WomenOwnedShare { get; init; }

    public required double LoanTakeUp { get; init; }

    public required double LateRepayerShare { get; init; }

    public required double TrainingRatePerMonth { get; init; }

    public required double ClosureRatePerMonth { get; init; }

    public required double NewStartRatePerMonth { get; init; }

    /// <summary>Index of the generated quarter in which the producer company registers; −1 before the first, null never.</summary>
    public required int? PcRegistrationQuarter { get; init; }

    /// <summary>Where in its quarter (or how long before the first month) the producer company registered, 0..1.</summary>
    public required double PcRegistrationDayDraw { get; init; }

    public required double PcMembershipShare { get; init; }

    /// <summary>Machines or work bays in the common facility centre; 0 when the cluster has none.</summary>
    public required int CfcUnits { get; init; }

    public required double CfcUtilisation { get; init; }

    public required int TsaStaff { get; init; }

    public static ClusterTraits Draw(Random random, ActivityProfile activity) => new()
    {
        ForwardShare = random.Between(activity.ForwardLinkage.Min, activity.ForwardLinkage.Max),
        BackwardShare = random.Between(activity.BackwardLinkage.Min, activity.BackwardLinkage.Max),
        LinkageGrowthPerMonth = random.Between(0.0, 0.015),
        WomenOwnedShare = random.Between(0.71, 0.79),
        LoanTakeUp = random.Between(0.30, 0.50),
        LateRepayerShare = random.Between(0.04, 0.14),
        TrainingRatePerMonth = random.Between(0.02, 0.07),
        ClosureRatePerMonth = random.Between(0.002, 0.005),
        NewStartRatePerMonth = random.Between(0.003, 0.008),
        PcRegistrationQuarter = random.Weighted([0.60, 0.25, 0.15]) switch
        {
            0 => -1,
            1 => random.Next(1, 4),
            _ => null,
        },
        PcRegistrationDayDraw = random.NextDouble(),
        PcMembershipShare = random.Between(0.35, 0.75),
        CfcUnits = random.Chance(0.8) ? random.Next(1, 4) : 0,
        CfcUtilisation = random.Between(0.30, 0.85),
        TsaStaff = random.Next(2, 6),
    };
}
