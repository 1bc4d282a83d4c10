using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>
/// One cluster's slice of a round plan, given to its submission when the round opens: the cluster,
/// the definitions it runs on, the KPI pack, and the reviewers of its district and state.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.submission-plan")]
public sealed record SubmissionPlan(
    string ProgramId,
    string Period,
    DateOnly DueDate,
    ClusterProfile Cluster,
    PlanDefinition Workflow,
    PlanDefinition ClusterForm,
    PlanDefinition? RosterForm,
    KpiPack? KpiPack,
    IReadOnlyList<string> DistrictReviewers,
    IReadOnlyList<string> StateReviewers)
{
    public string RoundKey => Rounds.RoundKey.For(ProgramId, Period);
}
