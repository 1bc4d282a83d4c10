namespace ClusterWorkflow.Load.Check;

/// <summary>The outcome of a consistency check: what was compared and every difference found.</summary>
public sealed record ConsistencyReport(int ClustersChecked, int Transitions, int RollupNodesCompared, bool RollupChecked, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
