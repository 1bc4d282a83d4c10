namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Orders KPIs so each comes after the KPIs it reads, keeping the manifest's order otherwise. A
/// dependency on an unknown KPI or a cycle is a problem naming the KPIs involved.
/// </summary>
internal static class KpiDependencyGraph
{
    public static List<string> Order(IReadOnlyList<KpiDefinition> kpis, List<KpiProblem> problems)
    {
        var byId = kpis.GroupBy(k => k.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var kpi in kpis)
        {
            foreach (var missing in kpi.DependsOn.Where(d => !byId.ContainsKey(d)))
            {
                problems.Add(new KpiProblem(kpi.Id, kpi.FormulaSource,
                    $"It depends on KPI '{missing}', which the pack does not define. Known KPIs: {string.Join(", ", byId.Keys)}."));
            }
        }

        var order = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = on the current path, true = done
        var path = new Stack<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kpi in kpis)
        {
            Visit(kpi.Id);
        }
        return order;

        void Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                if (!done)
                {
                    ReportCycle(id);
                }
                return;
            }
            state[id] = false;
            path.Push(id);
            foreach (var dependency in byId[id].DependsOn.Where(byId.ContainsKey))
            {
                Visit(dependency);
            }
            path.Pop();
            state[id] = true;
            order.Add(id);
        }

        void ReportCycle(string start)
        {
            var cycle = path.Reverse().SkipWhile(x => x != start).Append(start).ToList();
            if (cycle.Take(cycle.Count - 1).Any(reported.Add))
            {
                problems.Add(new KpiProblem(start, byId[start].FormulaSource,
                    $"The KPIs depend on each other in a cycle: {string.Join(" → ", cycle)}. Break the cycle: one of them must not read the other through kpi()."));
            }
        }
    }
}
