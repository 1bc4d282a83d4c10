using ClusterWorkflow.Abstractions.Clusters;

namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// One cluster's submission as its round last heard of it: the cluster (for scope checks), the
/// workflow state and its label, whether it is done, and whether it is overdue.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.round-submission-summary")]
public sealed record RoundSubmissionSummary(
    ClusterProfile Cluster,
    string State,
    string StateLabel,
    bool Final,
    long Revision,
    bool Overdue,
    DateTimeOffset? LastChange);
