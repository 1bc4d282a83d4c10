namespace ClusterWorkflow.Domain.PilotData;

/// <summary>A sample enterprise as the simulation carries it from month to month.</summary>
internal sealed class EnterpriseState
{
    public required PilotEnterprise Profile { get; init; }

    public int FamilyFemale { get; init; }

    public int FamilyMale { get; init; }

    public int HiredFemale { get; init; }

    public int HiredMale { get; init; }

    /// <summary>Revenue in an average month of the first year, INR.</summary>
    public double RevenueBase { get; init; }

    public double RawMaterialShare { get; init; }

    /// <summary>Share of its sales made through the collective (0 for non-members).</summary>
    public double ForwardFraction { get; init; }

    /// <summary>Share of its raw material bought through the collective.</summary>
    public double BackwardFraction { get; init; }

    public long LoanOutstanding { get; set; }

    public long LoanOverdue { get; set; }

    public long Instalment { get; set; }

    public bool RepaysLate { get; init; }

    public string Status { get; set; } = EnterpriseStatuses.Active;

    /// <summary>Months of a temporary closure still to run.</summary>
    public int PauseMonthsLeft { get; set; }

    public bool TrainedThisFy { get; set; }
}
