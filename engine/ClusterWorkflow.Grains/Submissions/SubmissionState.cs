namespace ClusterWorkflow.Grains.Submissions;

[GenerateSerializer, Alias("cw.submission-state")]
public sealed class SubmissionState
{
    [Id(0)] public string State { get; set; } = "Assigned";
    [Id(1)] public int Revision { get; set; }
}
