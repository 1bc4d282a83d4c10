namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// The pilot districts of PILOT.md: Budaun (Uttar Pradesh) and Dhamtari (Chhattisgarh). Block names
/// are real; every person, agency and cluster name is made up and says "(sample)".
/// </summary>
internal static class PilotGeography
{
    public static readonly string[] SocialCategories = ["SC", "ST", "OBC", "general"];

    public static IReadOnlyList<PilotDistrictSeed> Districts { get; } =
    [
        new()
        {
            StateId = "uttar-pradesh", StateName = "Uttar Pradesh", DistrictId = "budaun", DistrictName = "Budaun", Code = "bdn",
            Blocks = ["Ujhani", "Sahaswan", "Bisauli", "Dataganj", "Islamnagar", "Wazirganj"],
            Activities = [PilotActivities.ZariZardozi],
            SocialCategoryWeights = [0.26, 0.01, 0.45, 0.28],
            TsaAgency = "Rohilkhand Craft Support Trust (sample TSA)",
            OfficerNames = ["Asha Verma (sample)", "Imran Qureshi (sample)", "Sunita Yadav (sample)", "Rakesh Maurya (sample)"],
            DistrictReviewerName = "Meena Saxena (sample district reviewer)",
            StateReviewerName = "Alok Tripathi (sample state reviewer)",
            StateMission = "UP State Rural Livelihoods Mission (sample)",
        },
        new()
        {
            StateId = "chhattisgarh", StateName = "Chhattisgarh", DistrictId = "dhamtari", DistrictName = "Dhamtari", Code = "dmt",
            Blocks = ["Dhamtari", "Kurud", "Magarlod", "Nagri"],
            Activities = [PilotActivities.Bamboo, PilotActivities.MinorForestProduce, PilotActivities.Dairy],
            SocialCategoryWeights = [0.08, 0.28, 0.49, 0.15],
            TsaAgency = "Mahanadi Livelihood Partners (sample TSA)",
            OfficerNames = ["Kavita Sahu (sample)", "Ramesh Netam (sample)", "Pooja Dhruw (sample)", "Dinesh Sinha (sample)"],
            DistrictReviewerName = "Anjali Chandrakar (sample district reviewer)",
            StateReviewerName = "Vivek Banjare (sample state reviewer)",
            StateMission = "Chhattisgarh State Rural Livelihoods Mission (sample)",
        },
    ];
}
