namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>
/// One workflow instance [key: program~period~cluster]: data revisions, validation results, KPI
/// values, comments and the audit trail.
/// </summary>
[Alias("cw.submission")]
public interface ISubmissionGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<SubmissionInfo> GetAsync();
}
