namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Field names of the sample quarterly cluster form. Values in generated records: counts, hours
/// and INR amounts as <see cref="long"/>, <see cref="PcRegistered"/> as bool,
/// <see cref="PcRegistrationDate"/> as an ISO date string (null while unregistered).
/// </summary>
public static class ClusterFormFields
{
    public const string PcRegistered = "pc_registered";
    public const string PcRegistrationDate = "pc_registration_date";
    public const string PcMembers = "pc_members";
    public const string CfcHoursAvailable = "cfc_hours_available";
    public const string CfcHoursUsed = "cfc_hours_used";
    public const string TrainingsHeld = "trainings_held";
    public const string Trainees = "trainees";
    public const string BuyerOrdersCount = "buyer_orders_count";
    public const string BuyerOrdersValue = "buyer_orders_value";
    public const string FairsAttended = "fairs_attended";
    public const string FairSales = "fair_sales";
    public const string FundsReceived = "funds_received";
    public const string FundsSpent = "funds_spent";
    public const string TsaStaffInPost = "tsa_staff_in_post";

    /// <summary>Every field, in form order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PcRegistered, PcRegistrationDate, PcMembers, CfcHoursAvailable, CfcHoursUsed,
        TrainingsHeld, Trainees, BuyerOrdersCount, BuyerOrdersValue, FairsAttended, FairSales,
        FundsReceived, FundsSpent, TsaStaffInPost,
    ];
}
