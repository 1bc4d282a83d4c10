using ClusterWorkflow.Abstractions.People;

namespace ClusterWorkflow.Benchmarks.WorkflowGrains;

/// <summary>
/// The pilot review cycle one cluster goes through in the benchmark: 12 transitions (returns at
/// both levels, two resubmissions) and two data saves, by the cluster's TSA and the reviewers of
/// its district and state.
/// </summary>
internal static class ReviewCycleScript
{
    public const string District = "dhamtari";
    public const string State = "chhattisgarh";
    public const string TsaId = "tsa-bench";

    public static Actor Manager { get; } = new("pm-bench", "Program manager", ["programManager"]);

    public static Actor Tsa { get; } = new(TsaId, "TSA officer", ["tsa"], TsaId: TsaId);

    public static Actor DistrictReviewer { get; } = new("dr-bench", "District reviewer", ["districtReviewer"], Districts: [District]);

    public static Actor StateReviewer { get; } = new("sr-bench", "State reviewer", ["stateReviewer"], States: [State]);

    /// <summary>Each step: who, which trigger (null: save the data), the comment.</summary>
    public static IReadOnlyList<(Actor Actor, string? Trigger, string? Comment)> Steps { get; } =
    [
        (Tsa, "start", null), (Tsa, null, null), (Tsa, "submit", null),
        (DistrictReviewer, "startReview", null), (DistrictReviewer, "return", "Trainings look low; check the register."),
        (Tsa, null, null), (Tsa, "resubmit", null),
        (DistrictReviewer, "startReview", null), (DistrictReviewer, "approve", null),
        (StateReviewer, "return", "Attach the fair receipts."), (Tsa, "resubmit", null),
        (DistrictReviewer, "startReview", null), (DistrictReviewer, "approve", null), (StateReviewer, "approve", null),
    ];

    public static int Transitions => Steps.Count(s => s.Trigger is not null);

    public static int Saves => Steps.Count(s => s.Trigger is null);
}
