using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>Builds what the KPI formulas see for one submission: its data, the geography, t−1..t−n from the cluster's approved history, the round's facts.</summary>
internal static class SubmissionKpiInput
{
    public static KpiClusterInput Build(SubmissionPlan plan, SubmissionData data, IReadOnlyList<ApprovedPeriod> history, DateOnly? approvedOn, int maxLag) => new()
    {
        ClusterId = plan.Cluster.Id,
        Geography = Geography(plan.Cluster),
        Period = plan.Period,
        Cluster = data.Cluster,
        Roster = data.Roster,
        History = History(plan.Period, history, maxLag),
        Round = new KpiRoundFacts { Expected = true, DueDate = plan.DueDate, ApprovedOn = approvedOn },
    };

    public static KpiGeography Geography(ClusterProfile cluster) => new() { State = cluster.State, District = cluster.District, Block = cluster.Block };

    private static Dictionary<int, KpiHistoryPeriod> History(string period, IReadOnlyList<ApprovedPeriod> history, int maxLag)
    {
        var byPeriod = history.ToDictionary(p => p.Period, StringComparer.Ordinal);
        var result = new Dictionary<int, KpiHistoryPeriod>();
        if (Period.Parse(period).Period is not { } current)
        {
            return result;
        }
        for (var lag = 1; lag <= maxLag; lag++)
        {
            if (byPeriod.TryGetValue(current.Offset(-lag).Label, out var approved))
            {
                var data = PlainData.Copy(approved.Data);
                result[lag] = new KpiHistoryPeriod
                {
                    Period = approved.Period,
                    Cluster = data.Cluster,
                    Roster = data.Roster,
                    Kpis = approved.Kpis.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal),
                };
            }
        }
        return result;
    }
}
