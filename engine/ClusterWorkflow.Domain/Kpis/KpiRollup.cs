namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Rolls cluster KPI values up cluster → block → district → state → program following each KPI's
/// rule: counts and sums add, ratios sum numerators and denominators, custom KPIs as declared.
/// A cluster with an error or no value for a KPI is left out of that KPI and counted as missing.
/// </summary>
public static class KpiRollup
{
    public static KpiRollupResult Compute(KpiPack pack, IEnumerable<KpiClusterResult> clusters, string programId = "program")
    {
        var nodes = new Dictionary<(KpiLevel, string), NodeBuilder>();
        foreach (var cluster in clusters)
        {
            var g = cluster.Geography;
            var state = g.State;
            var district = $"{state}/{g.District}";
            var block = $"{district}/{g.Block}";
            var chain = new (KpiLevel Level, string Id, string? Parent)[]
            {
                (KpiLevel.Cluster, cluster.ClusterId, block),
                (KpiLevel.Block, block, district),
                (KpiLevel.District, district, state),
                (KpiLevel.State, state, programId),
                (KpiLevel.Program, programId, null),
            };
            foreach (var (level, id, parent) in chain)
            {
                if (!nodes.TryGetValue((level, id), out var node))
                {
                    node = new NodeBuilder(pack, level, id, parent);
                    nodes[(level, id)] = node;
                }
                node.Add(cluster);
            }
        }

        var ordered = nodes.Values
            .OrderByDescending(n => n.Level)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n.Build())
            .ToList();
        return new KpiRollupResult { Nodes = ordered };
    }

    private sealed class NodeBuilder(KpiPack pack, KpiLevel level, string id, string? parentId)
    {
        private readonly Dictionary<string, KpiAccumulator> _accumulators =
            pack.Kpis.Where(k => k.Level <= level).ToDictionary(k => k.Id, k => new KpiAccumulator(k), StringComparer.Ordinal);
        private KpiClusterResult? _only;
        private int _clusters;

        public KpiLevel Level => level;

        public string Id => id;

        public void Add(KpiClusterResult cluster)
        {
            _clusters++;
            _only = cluster;
            foreach (var (kpiId, accumulator) in _accumulators)
            {
                accumulator.Add(cluster.Values.GetValueOrDefault(kpiId));
            }
        }

        public KpiRollupNode Build()
        {
            // A cluster node shows the cluster's own values, errors and notes included.
            var values = level == KpiLevel.Cluster && _clusters == 1
                ? _accumulators.Keys.Where(_only!.Values.ContainsKey).ToDictionary(k => k, k => _only.Values[k], StringComparer.Ordinal)
                : _accumulators.ToDictionary(a => a.Key, a => a.Value.Result(), StringComparer.Ordinal);
            return new KpiRollupNode { Level = level, Id = id, ParentId = parentId, ClusterCount = _clusters, Values = values };
        }
    }
}
