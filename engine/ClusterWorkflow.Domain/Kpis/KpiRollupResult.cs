namespace ClusterWorkflow.Domain.Kpis;

/// <summary>The roll-up of one round: every node from the program down to each cluster.</summary>
public sealed record KpiRollupResult
{
    /// <summary>Program first, then states, districts, blocks and clusters, each level sorted by id.</summary>
    public List<KpiRollupNode> Nodes { get; init; } = [];

    public KpiRollupNode? Find(KpiLevel level, string id) => Nodes.Find(n => n.Level == level && n.Id == id);

    public IEnumerable<KpiRollupNode> AtLevel(KpiLevel level) => Nodes.Where(n => n.Level == level);
}
