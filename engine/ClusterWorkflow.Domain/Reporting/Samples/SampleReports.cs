using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Samples;

/// <summary>
/// Fixed report models with invented figures (every name says "sample"): uploaded templates are
/// dry-rendered against them, and the golden-file tests use them.
/// </summary>
public static class SampleReports
{
    private static readonly DateTimeOffset Generated = new(2026, 12, 3, 10, 30, 0, TimeSpan.Zero);
    private static readonly Period Round = Period.Month(2026, 11);

    private static readonly ClusterInfo Zari = new()
    {
        Id = "up-budaun-ujhani-zari",
        Name = "Ujhani Zari-Zardozi Cluster (sample)",
        State = "Uttar Pradesh",
        District = "Budaun",
        Block = "Ujhani",
        ClusterType = "artisanal",
        Tsa = "Sample TSA Foundation",
    };

    /// <summary>The sample model for a kind of report.</summary>
    public static object For(ReportKind kind) => kind switch
    {
        ReportKind.ClusterReview => ClusterReview(),
        ReportKind.RoundSummary => RoundSummary(),
        _ => ClusterProfile(),
    };

    /// <summary>A report of the kind with nothing in it: no KPIs, rows, comments or dates. Templates must cope with it.</summary>
    public static object Empty(ReportKind kind) => kind switch
    {
        ReportKind.ClusterReview => new ClusterReviewReport(),
        ReportKind.RoundSummary => new RoundSummaryReport(),
        _ => new ClusterProfileReport(),
    };

    public static ClusterReviewReport ClusterReview() => new()
    {
        Program = "NRETP Cluster Development Program (sample data)",
        Cluster = Zari,
        Period = Round.Label,
        WorkflowState = "District review",
        SubmittedBy = "Anita Verma (sample TSA officer)",
        SubmittedAt = new DateTimeOffset(2026, 12, 2, 9, 15, 0, TimeSpan.Zero),
        FormVersion = "cluster-monthly v3",
        GeneratedAt = Generated,
        KeyFigures =
        [
            new KeyFigure { Label = "Enterprises reported", Value = 512, Unit = KpiUnits.Count },
            new KeyFigure { Label = "Active enterprises", Value = 441, Unit = KpiUnits.Count },
            new KeyFigure { Label = "Workers", Value = 1184, Unit = KpiUnits.Persons },
            new KeyFigure { Label = "Turnover", Value = 4_182_500, Unit = KpiUnits.Rupees },
            new KeyFigure { Label = "Sold through the collective", Value = 0.218, Unit = KpiUnits.Percent },
        ],
        Warnings =
        [
            new ValidationWarning { Where = "enterprises[17].revenue_total", Message = "₹1,85,000 is more than 5 times this enterprise's median of earlier rounds (₹31,000). Confirm or correct." },
            new ValidationWarning { Where = "enterprises[203].wages_paid", Message = "Wages of ₹4,500 paid with no hired workers recorded." },
            new ValidationWarning { Where = "enterprises[311].person_days", Message = "412 person-days exceed workers × days operated (2 × 26 = 52).", Severity = "error" },
        ],
        Kpis = SampleCatalogue.Kpis.Select(k => new KpiResult
        {
            Id = k.Id,
            Name = k.Name,
            Unit = k.Unit,
            Direction = k.Direction,
            Goal = k.Goal,
            IsHeadline = k.IsHeadline,
            Value = k.Value,
            Status = k.Status,
            Target = k.Target,
            Previous = k.Previous,
            SameLastYear = k.SameLastYear,
            Error = k.Error,
            Trend = k.IsHeadline ? k.Trend(Round, gapAt: k.Id == "gva" ? 9 : null) : [],
        }).ToList(),
        Comments =
        [
            new ReviewerComment { Author = "Anita Verma (sample)", Role = "TSA officer", Action = "submitted", At = new DateTimeOffset(2026, 11, 28, 11, 2, 0, TimeSpan.Zero), Text = "November data for 512 enterprises; 9 were not traced." },
            new ReviewerComment { Author = "R. K. Singh (sample)", Role = "District reviewer", Action = "returned", At = new DateTimeOffset(2026, 11, 30, 6, 40, 0, TimeSpan.Zero), Text = "Enterprise 17 shows ₹1,85,000 revenue against a usual ₹31,000. Please confirm with the owner." },
            new ReviewerComment { Author = "Anita Verma (sample)", Role = "TSA officer", Action = "resubmitted", At = new DateTimeOffset(2026, 12, 2, 9, 15, 0, TimeSpan.Zero), Text = "Confirmed: a wedding order of 40 lehengas through the producer company. Figure is correct." },
        ],
    };

    public static RoundSummaryReport RoundSummary() => SampleRoundGenerator.Build(
        Round.Label,
        new DateOnly(2026, 12, 10),
        [
            new("Ujhani Zari-Zardozi (sample)", "Budaun", "Uttar Pradesh", "Approved", false),
            new("Sahaswan Zari Workers (sample)", "Budaun", "Uttar Pradesh", "State review", false),
            new("Bisauli Handloom (sample)", "Budaun", "Uttar Pradesh", "Returned", true),
            new("Dataganj Pottery (sample)", "Budaun", "Uttar Pradesh", "Draft", true),
            new("Kurud Bamboo Craft (sample)", "Dhamtari", "Chhattisgarh", "Approved", false),
            new("Nagri Forest Produce (sample)", "Dhamtari", "Chhattisgarh", "District review", false),
            new("Magarlod Dairy (sample)", "Dhamtari", "Chhattisgarh", "Approved", false),
        ],
        SampleCatalogue.SummaryColumns.Select(id => SampleCatalogue.Kpis.Single(k => k.Id == id)).ToList());

    public static ClusterProfileReport ClusterProfile()
    {
        var kpis = SampleCatalogue.Kpis.Where(k => k.Value is not null && (k.IsHeadline || k.Unit == KpiUnits.Percent)).ToList();
        var rounds = Enumerable.Range(0, 13).Select(i => Round.Offset(i - 12)).ToList();
        return new ClusterProfileReport
        {
            Program = "NRETP Cluster Development Program (sample data)",
            Cluster = Zari,
            Enterprises = 512,
            GeneratedAt = Generated,
            Rounds = rounds.Select((p, i) => new ProfileRound
            {
                Period = p.Label,
                WorkflowState = i == 12 ? "District review" : "Approved",
                ApprovedAt = i == 12 ? null : new DateTimeOffset(p.End.AddDays(12).ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero),
                Returns = i % 5 == 2 ? 1 : 0,
            }).ToList(),
            Kpis = kpis.Select(k => new KpiHistory
            {
                Id = k.Id,
                Name = k.Name,
                Unit = k.Unit,
                Direction = k.Direction,
                LatestStatus = k.Status,
                Points = k.Trend(Round),
            }).ToList(),
        };
    }
}
