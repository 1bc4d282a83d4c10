using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// A snapshot of a monitoring plan for one period, resolved by the caller: the workflow, the cluster
/// form and (optionally) the roster form with its versions, the KPI pack, the clusters and the
/// reviewers (district id → user ids, state id → user ids). A TSA is reached through each cluster's
/// <see cref="ClusterProfile.TsaId"/>, which is the TSA officer's user id.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.round-plan")]
public sealed record RoundPlan(
    string Period,
    DateOnly DueDate,
    PlanDefinition Workflow,
    PlanDefinition ClusterForm,
    PlanDefinition? RosterForm,
    KpiPack? KpiPack,
    IReadOnlyList<ClusterProfile> Clusters,
    IReadOnlyDictionary<string, IReadOnlyList<string>> DistrictReviewers,
    IReadOnlyDictionary<string, IReadOnlyList<string>> StateReviewers);
