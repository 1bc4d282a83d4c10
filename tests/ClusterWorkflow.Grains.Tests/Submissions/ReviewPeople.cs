using ClusterWorkflow.Abstractions.People;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>The people of the review tests: one of each role in Dhamtari (Chhattisgarh), and a reviewer of another district.</summary>
internal static class ReviewPeople
{
    public const string TsaId = "tsa-dhamtari-1";

    public static Actor ProgramManager { get; } = new("pm-nretp", "Program manager", ["programManager"]);

    public static Actor Tsa { get; } = new(TsaId, "TSA officer", ["tsa"], TsaId: TsaId);

    public static Actor OtherTsa { get; } = new("tsa-dhamtari-2", "Other TSA officer", ["tsa"], TsaId: "tsa-dhamtari-2");

    public static Actor District { get; } = new("dr-dhamtari", "District reviewer", ["districtReviewer"], Districts: ["dhamtari"]);

    public static Actor DistrictColleague { get; } = new("dr-dhamtari-2", "Second district reviewer", ["districtReviewer"], Districts: ["dhamtari"]);

    public static Actor OtherDistrict { get; } = new("dr-budaun", "Budaun reviewer", ["districtReviewer"], Districts: ["budaun"]);

    public static Actor State { get; } = new("sr-chhattisgarh", "State reviewer", ["stateReviewer"], States: ["chhattisgarh"]);
}
