using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Builds the round summary a manager reads: clusters per workflow state and overdue ones per state,
/// the KPI table per cluster (approved values) and rolled up per district and state, and the clusters
/// that moved most since the previous round. Everything is limited to the reader's scope.
/// </summary>
internal static class RoundSummaryBuilder
{
    public static RoundSummaryReport Build(RoundSummaryInput input)
    {
        var labels = WorkflowLabels.From(input.Plan.Workflow.Json);
        var states = labels.StateLabels;
        var visible = input.Clusters.Where(c => input.Scope.Includes(c.Profile))
            .OrderBy(c => c.Profile.State, StringComparer.Ordinal)
            .ThenBy(c => c.Profile.District, StringComparer.Ordinal)
            .ThenBy(c => c.Profile.Name, StringComparer.Ordinal)
            .ToList();
        var columns = input.Plan.KpiPack is { } pack ? KpiPresentation.SummaryColumns(pack, input.Options) : [];
        var rollup = RoundRollups.For(input.ProgramId, input.Plan, input.StoredRollup, visible);
        var areas = visible.Select(c => (c.Profile.State, c.Profile.District)).Distinct().ToList();

        return new RoundSummaryReport
        {
            Program = input.ProgramName,
            Period = input.Round.Period,
            DueDate = input.Round.DueDate,
            GeneratedAt = input.Now,
            WorkflowStates = states,
            Progress = visible.GroupBy(c => c.Profile.State).Select(g => new StateProgress
            {
                State = g.Key,
                Counts = states.Select(label => g.Count(c => labels.State(c.WorkflowState) == label)).ToList(),
                Total = g.Count(),
                Approved = g.Count(c => c.Final),
                Overdue = g.Count(c => c.Overdue),
            }).ToList(),
            KpiColumns = columns.Select(k => KpiPresentation.Column(k, input.Options.Language)).ToList(),
            Clusters = visible.Select(c => new KpiTableRow
            {
                Name = c.Profile.Name,
                Parent = c.Profile.District,
                WorkflowState = labels.State(c.WorkflowState),
                Overdue = c.Overdue,
                Cells = columns.Select(k => c.Final ? KpiPresentation.Cell(k, c.Kpis?.Values.GetValueOrDefault(k.Id)) : new KpiCell()).ToList(),
            }).ToList(),
            Districts = areas
                .Where(a => input.Scope.IncludesArea(a.State, a.District))
                .Select(a => Row(a.District, a.State, RoundRollups.District(rollup, a.State, a.District), columns))
                .OfType<KpiTableRow>()
                .ToList(),
            States = areas.Select(a => a.State).Distinct()
                .Where(s => input.Scope.IncludesArea(s))
                .Select(s => Row(s, "", RoundRollups.State(rollup, s), columns))
                .OfType<KpiTableRow>()
                .ToList(),
            ProgramTotal = input.Scope.WholeProgram ? Row("All clusters", "", RoundRollups.Program(rollup, input.ProgramId), columns) : null,
            Movers = Movers(visible, input.PreviousRound, columns, input.Options),
        };
    }

    private static KpiTableRow? Row(string name, string parent, KpiRollupNode? node, List<KpiDefinition> columns) => node is null ? null : new KpiTableRow
    {
        Name = name,
        Parent = parent,
        Clusters = node.ClusterCount,
        Cells = columns.Select(k => KpiPresentation.Cell(k, node.Values.GetValueOrDefault(k.Id))).ToList(),
    };

    /// <summary>Each approved cluster's biggest relative change among the summary KPIs since the previous round; the largest first.</summary>
    private static List<ClusterMover> Movers(List<RoundClusterStatus> visible, IReadOnlyList<RoundClusterStatus> previousRound, List<KpiDefinition> columns, ReportSourceOptions options)
    {
        var before = RoundRollups.Approved(previousRound).ToDictionary(c => c.Profile.Id, c => c.Kpis!, StringComparer.Ordinal);
        return RoundRollups.Approved(visible)
            .Where(c => before.ContainsKey(c.Profile.Id))
            .Select(c => columns
                .Select(k => new ClusterMover
                {
                    Cluster = c.Profile.Name,
                    District = c.Profile.District,
                    Kpi = k.DisplayName(options.Language),
                    Unit = KpiPresentation.Unit(k),
                    Direction = KpiPresentation.Direction(k),
                    Previous = KpiPresentation.Value(k, before[c.Profile.Id].Values.GetValueOrDefault(k.Id)),
                    Current = KpiPresentation.Value(k, c.Kpis!.Values.GetValueOrDefault(k.Id)),
                })
                .Where(m => m.Change?.Relative is not null)
                .MaxBy(m => Math.Abs(m.Change!.Relative!.Value)))
            .OfType<ClusterMover>()
            .OrderByDescending(m => Math.Abs(m.Change!.Relative!.Value))
            .ThenBy(m => m.Cluster, StringComparer.Ordinal)
            .Take(options.Movers)
            .ToList();
    }
}
