using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>Cluster data for the review tests: three enterprises with revenues 12,000 + 8,000 + 0 = 20,000.</summary>
internal static class ReviewData
{
    public static SubmissionData Valid(double trainings = 2) => new(
        new Dictionary<string, object?> { ["trainings_held"] = trainings, ["funds_received"] = 50_000.0, ["funds_spent"] = 42_000.0 },
        [
            Row("e-001", "active", 12_000),
            Row("e-002", "active", 8_000),
            Row("e-003", "closed", 0),
        ]);

    /// <summary>Spends more than it received: an error on <c>funds_spent</c>.</summary>
    public static SubmissionData Overspent() => Valid() with
    {
        Cluster = new Dictionary<string, object?> { ["trainings_held"] = 2.0, ["funds_received"] = 50_000.0, ["funds_spent"] = 60_000.0 },
    };

    private static Dictionary<string, object?> Row(string id, string status, double revenue) =>
        new() { ["enterprise_id"] = id, ["status"] = status, ["revenue_total"] = revenue };
}
