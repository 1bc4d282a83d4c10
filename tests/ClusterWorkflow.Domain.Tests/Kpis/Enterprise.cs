namespace ClusterWorkflow.Domain.Tests.Kpis;

/// <summary>One roster row of the pilot form, written compactly for hand-computed test clusters.</summary>
internal sealed record Enterprise(
    string Id, string Status, string Gender = "female", string Category = "OBC",
    int FamilyFemale = 0, int FamilyMale = 0, int HiredFemale = 0, int HiredMale = 0, int PersonDays = 0,
    double Revenue = 0, double RevenueViaCollective = 0, double RawMaterial = 0, double RawMaterialViaCollective = 0,
    double OtherCosts = 0, double Wages = 0, double LoanOutstanding = 0, double LoanOverdue = 0, bool Trained = false)
{
    public Dictionary<string, object?> ToRow() => new()
    {
        ["enterprise_id"] = Id,
        ["status"] = Status,
        ["owner_gender"] = Gender,
        ["social_category"] = Category,
        ["workers_family_female"] = FamilyFemale,
        ["workers_family_male"] = FamilyMale,
        ["workers_hired_female"] = HiredFemale,
        ["workers_hired_male"] = HiredMale,
        ["person_days"] = PersonDays,
        ["revenue_total"] = Revenue,
        ["revenue_via_collective"] = RevenueViaCollective,
        ["raw_material_cost"] = RawMaterial,
        ["rm_via_collective"] = RawMaterialViaCollective,
        ["other_costs"] = OtherCosts,
        ["wages_paid"] = Wages,
        ["loan_outstanding"] = LoanOutstanding,
        ["loan_overdue"] = LoanOverdue,
        ["trained_this_fy"] = Trained ? "yes" : "no",
    };

    public static List<Dictionary<string, object?>> Roster(params Enterprise[] enterprises) => enterprises.Select(e => e.ToRow()).ToList();
}
