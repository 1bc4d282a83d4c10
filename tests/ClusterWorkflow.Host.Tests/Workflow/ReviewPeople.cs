using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

/// <summary>The people of the review API tests: one of each role for Dhamtari (Chhattisgarh), a second district reviewer, and a reviewer of Budaun.</summary>
internal static class ReviewPeople
{
    public const string District = "dhamtari";
    public const string State = "chhattisgarh";

    public static TestUser ProgramManager { get; } = new("wf-pm", ["programManager"]);

    /// <summary>The TSA officer; the clusters name this user id as their TSA.</summary>
    public static TestUser Tsa { get; } = new("wf-tsa", ["tsa"], tsaId: "wf-tsa");

    public static TestUser DistrictReviewer { get; } = new("wf-district", ["districtReviewer"], districts: [District]);

    public static TestUser DistrictColleague { get; } = new("wf-district-2", ["districtReviewer"], districts: [District]);

    public static TestUser OtherDistrictReviewer { get; } = new("wf-budaun", ["districtReviewer"], districts: ["budaun"]);

    public static TestUser StateReviewer { get; } = new("wf-state", ["stateReviewer"], states: [State]);
}
