namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>
/// What a TSA enters for one cluster in one round: the cluster form's values by field name and the
/// enterprise roster, one record per enterprise. Values are plain: numbers, text, true/false, null,
/// lists of those (a select-multiple) — never objects of the caller.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.submission-data")]
public sealed record SubmissionData(Dictionary<string, object?> Cluster, List<Dictionary<string, object?>> Roster)
{
    public static SubmissionData Empty => new([], []);
}
