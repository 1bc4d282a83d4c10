namespace ClusterWorkflow.Abstractions.Clusters;

/// <summary>The program's two kinds of cluster.</summary>
[GenerateSerializer, Alias("cw.cluster-type")]
public enum ClusterType
{
    /// <summary>An existing craft cluster revived through backward and forward linkages.</summary>
    Artisanal,
    Sectoral,
}
