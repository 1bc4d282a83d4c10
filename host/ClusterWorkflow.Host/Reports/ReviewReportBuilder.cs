using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Reporting.Models;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Builds the review report of one submission: its key figures, validation problems, every KPI of
/// the round's pack with its target status, the change against the previous round and the same
/// round last year (from the cluster's approved history), a trend for the headline KPIs, and the
/// comments given so far.
/// </summary>
internal static class ReviewReportBuilder
{
    public static ClusterReviewReport Build(ReviewReportInput input)
    {
        var view = input.View;
        var labels = WorkflowLabels.From(input.Plan.Workflow.Json);
        var pack = input.Plan.KpiPack;
        var headlines = pack is null ? [] : KpiPresentation.Headlines(pack, input.Options.HeadlineKpis);
        var history = input.History.ToDictionary(p => p.Period, p => p.Kpis, StringComparer.Ordinal);
        var submitted = view.Audit.LastOrDefault(a => a.ActedAs == WorkflowRoles.Tsa && a.To != a.From && !labels.IsReturn(a));
        var kpis = pack?.Kpis.Select(k => Kpi(k, input, history, headlines.Contains(k))).ToList() ?? [];

        return new ClusterReviewReport
        {
            Program = input.ProgramName,
            Cluster = ReportClusters.Info(input.Cluster),
            Period = view.Period,
            WorkflowState = view.StateLabel,
            SubmittedBy = submitted?.ActorId ?? "",
            SubmittedAt = submitted?.At,
            FormVersion = FormVersion(input),
            GeneratedAt = input.Now,
            KeyFigures = KeyFigures(input, headlines, kpis),
            Warnings = view.Problems
                .OrderBy(p => p.Severity == Severity.Error ? 0 : 1)
                .Select(p => new ValidationWarning { Where = p.Path, Message = p.Message, Severity = p.Severity == Severity.Error ? "error" : "warning" })
                .ToList(),
            Kpis = kpis,
            Comments = view.Audit
                .Where(a => !string.IsNullOrWhiteSpace(a.Comment))
                .Select(a => new ReviewerComment
                {
                    Author = a.ActorId,
                    Role = WorkflowLabels.Role(a.ActedAs),
                    Action = labels.Action(a),
                    At = a.At,
                    Text = a.Comment!,
                })
                .ToList(),
        };
    }

    private static KpiResult Kpi(KpiDefinition kpi, ReviewReportInput input, Dictionary<string, IReadOnlyDictionary<string, double?>> history, bool headline)
    {
        var period = input.View.Period;
        var computed = input.Kpis?.Values.GetValueOrDefault(kpi.Id);
        var value = KpiPresentation.Value(kpi, computed);
        double? Approved(string? label) => label is not null && history.TryGetValue(label, out var values)
            ? KpiPresentation.Value(kpi, values.GetValueOrDefault(kpi.Id))
            : null;

        var trend = headline
            ? ReportClusters.TrendPeriods(period)
                .Select(p => new TrendPoint { Period = p, Value = p == period ? value : Approved(p) })
                .SkipWhile(p => p.Value is null && p.Period != period)
                .ToList()
            : [];
        return new KpiResult
        {
            Id = kpi.Id,
            Name = kpi.DisplayName(input.Options.Language),
            Unit = KpiPresentation.Unit(kpi),
            Direction = KpiPresentation.Direction(kpi),
            Goal = KpiPresentation.Goals(kpi),
            IsHeadline = headline,
            Value = value,
            Status = value is null ? RagStatus.None : KpiPresentation.Status(computed!.Rating),
            Target = KpiPresentation.Target(kpi),
            Previous = Approved(ReportClusters.Previous(period)),
            SameLastYear = Approved(ReportClusters.SameLastYear(period)),
            Error = value is not null ? "" : NoValueReason(computed),
            Trend = trend,
        };
    }

    /// <summary>A full sentence: the formula's error, the evaluator's note (a zero denominator), or missing inputs.</summary>
    private static string NoValueReason(KpiValue? computed) =>
        computed?.Error is { } error ? $"The formula failed: {error.Message}"
        : computed?.Note is { Length: > 0 } note ? note
        : "No value this round: the data or the earlier rounds it needs are missing.";

    private static List<KeyFigure> KeyFigures(ReviewReportInput input, List<KpiDefinition> headlines, List<KpiResult> kpis)
    {
        var figures = new List<KeyFigure>();
        if (input.Plan.RosterForm is not null)
        {
            figures.Add(new KeyFigure { Label = "Enterprises reported", Value = input.View.Data.Roster.Count, Unit = KpiUnits.Count });
        }
        figures.AddRange(headlines
            .Select(h => kpis.Find(k => k.Id == h.Id))
            .OfType<KpiResult>()
            .Take(5)
            .Select(k => new KeyFigure { Label = k.Name, Value = k.Value, Unit = k.Unit }));
        return figures;
    }

    private static string FormVersion(ReviewReportInput input)
    {
        var plan = input.Plan;
        var cluster = $"{plan.ClusterForm.Id} v{plan.ClusterForm.Version}";
        return plan.RosterForm is { } roster ? $"{cluster}, {roster.Id} v{roster.Version}" : cluster;
    }
}
