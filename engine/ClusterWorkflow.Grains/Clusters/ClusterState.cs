using ClusterWorkflow.Abstractions.Clusters;

namespace ClusterWorkflow.Grains.Clusters;

[GenerateSerializer, Alias("cw.cluster-state")]
public sealed class ClusterState
{
    [Id(0)] public ClusterProfile? Profile { get; set; }

    /// <summary>Approved periods by period label.</summary>
    [Id(1)] public Dictionary<string, ApprovedPeriod> History { get; set; } = [];
}
