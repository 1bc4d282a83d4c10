namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Field names of a row of the sample monthly enterprise roster (PILOT.md's data table), in the
/// column order of an upload. Values in generated rows: text and choices as string, counts and
/// INR amounts as <see cref="long"/> (whole rupees), <see cref="TrainedThisFy"/> as bool. A
/// <c>not_traced</c> row has null counts, money and loans: the form does not ask them (they are not relevant).
/// </summary>
public static class RosterFields
{
    public const string EnterpriseId = "enterprise_id";
    public const string Status = "status";
    public const string OwnerGender = "owner_gender";
    public const string SocialCategory = "social_category";
    public const string WorkersFamilyFemale = "workers_family_female";
    public const string WorkersFamilyMale = "workers_family_male";
    public const string WorkersHiredFemale = "workers_hired_female";
    public const string WorkersHiredMale = "workers_hired_male";
    public const string DaysOperated = "days_operated";
    public const string PersonDays = "person_days";
    public const string RevenueTotal = "revenue_total";
    public const string RevenueViaCollective = "revenue_via_collective";
    public const string RawMaterialCost = "raw_material_cost";
    public const string RmViaCollective = "rm_via_collective";
    public const string OtherCosts = "other_costs";
    public const string WagesPaid = "wages_paid";
    public const string LoanOutstanding = "loan_outstanding";
    public const string LoanOverdue = "loan_overdue";
    public const string TrainedThisFy = "trained_this_fy";

    /// <summary>Every field, in upload column order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EnterpriseId, Status, OwnerGender, SocialCategory,
        WorkersFamilyFemale, WorkersFamilyMale, WorkersHiredFemale, WorkersHiredMale,
        DaysOperated, PersonDays, RevenueTotal, RevenueViaCollective,
        RawMaterialCost, RmViaCollective, OtherCosts, WagesPaid,
        LoanOutstanding, LoanOverdue, TrainedThisFy,
    ];

    /// <summary>The four worker counts; their sum is the enterprise's workers.</summary>
    public static IReadOnlyList<string> Workers { get; } =
        [WorkersFamilyFemale, WorkersFamilyMale, WorkersHiredFemale, WorkersHiredMale];
}
