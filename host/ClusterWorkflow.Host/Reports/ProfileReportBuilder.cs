using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Builds a cluster's profile: every approved round in period order, how often each was returned,
/// and each KPI of the pack over those rounds with the latest value's target status.
/// </summary>
internal static class ProfileReportBuilder
{
    public static ClusterProfileReport Build(ProfileReportInput input)
    {
        var rounds = input.History
            .OrderBy(p => Period.Parse(p.Period).Period)
            .ThenBy(p => p.Period, StringComparer.Ordinal)
            .ToList();
        var latest = rounds.LastOrDefault();
        return new ClusterProfileReport
        {
            Program = input.ProgramName,
            Cluster = ReportClusters.Info(input.Cluster),
            Enterprises = latest?.Data.Roster.Count ?? 0,
            GeneratedAt = input.Now,
            Rounds = rounds.Select(p => new ProfileRound
            {
                Period = p.Period,
                WorkflowState = "Approved",
                ApprovedAt = p.ApprovedAt,
                Returns = input.ReturnsByPeriod.GetValueOrDefault(p.Period),
            }).ToList(),
            Kpis = input.Pack?.Kpis.Select(k => new KpiHistory
            {
                Id = k.Id,
                Name = k.DisplayName(input.Options.Language),
                Unit = KpiPresentation.Unit(k),
                Direction = KpiPresentation.Direction(k),
                LatestStatus = latest is null ? RagStatus.None : KpiPresentation.Status(k, latest.Kpis.GetValueOrDefault(k.Id)),
                Points = rounds.Select(p => new TrendPoint { Period = p.Period, Value = KpiPresentation.Value(k, p.Kpis.GetValueOrDefault(k.Id)) }).ToList(),
            }).ToList() ?? [],
        };
    }
}
