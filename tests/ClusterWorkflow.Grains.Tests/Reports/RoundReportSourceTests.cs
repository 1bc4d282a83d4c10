using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Domain.Reporting.Models;
using ClusterWorkflow.Grains.Tests.Infrastructure;
using ClusterWorkflow.Grains.Tests.Submissions;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Grains.Tests.Reports;

/// <summary>The report models built from real grain state: a round of two clusters, one approved after a return, one still in draft.</summary>
[Collection(nameof(ClusterFixture))]
public sealed class RoundReportSourceTests(ClusterFixture fixture)
{
    private const string ReturnComment = "Enterprise e-002's revenue looks high; confirm it with the owner.";

    [Fact]
    public async Task ReviewReportShowsKpisComputedBeforeApprovalAndTheReturnComment()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "rep-review");
        await r.ToDistrictReviewAsync();
        await r.MustFireAsync(ReviewPeople.District, "return", ReturnComment);
        await r.MustFireAsync(ReviewPeople.Tsa, "resubmit");
        await r.MustFireAsync(ReviewPeople.District, "startReview");

        var report = await new RoundReportSource(fixture.Grains).BuildClusterReviewAsync(r.ProgramId, ReviewPlans.Period, r.Cluster.Id);

        Assert.NotNull(report);
        Assert.Equal("District review", report.WorkflowState);
        Assert.Equal(ReviewPeople.Tsa.UserId, report.SubmittedBy);
        // Not approved yet, so the values come from the preview: 3 enterprises, 12,000 + 8,000 + 0, 2 of 3 active.
        Assert.Equal(3.0, Kpi(report, "enrolled").Value);
        Assert.Equal(20_000.0, Kpi(report, "turnover").Value);
        Assert.Equal(2.0 / 3, Kpi(report, "active_rate").Value!.Value, 6);
        Assert.Equal(RagStatus.Red, Kpi(report, "active_rate").Status);
        Assert.Equal("green ≥ 85.0%, amber ≥ 70.0%", Kpi(report, "active_rate").Target);
        var comment = Assert.Single(report.Comments);
        Assert.Equal((ReviewPeople.District.UserId, "District reviewer", "returned", ReturnComment), (comment.Author, comment.Role, comment.Action, comment.Text));
        Assert.Contains(report.KeyFigures, f => f.Label == "Enterprises reported" && f.Value == 3);
    }

    [Fact]
    public async Task SummaryCountsClustersPerWorkflowStateAndExportHoldsApprovedKpis()
    {
        var program = "rep-summary";
        var approved = ReviewPlans.Cluster(program, "rep-summary-a");
        var draft = ReviewPlans.Cluster(program, "rep-summary-b", district: "budaun");
        var opened = await fixture.Grains.GetGrain<IRoundGrain>(RoundKey.For(program, ReviewPlans.Period))
            .OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For(program, [approved, draft]));
        Assert.True(opened.Succeeded);
        var a = new ReviewRound(fixture.Grains, program, approved);
        await a.ToDistrictReviewAsync();
        await a.MustFireAsync(ReviewPeople.District, "approve");
        await a.MustFireAsync(ReviewPeople.State, "approve");
        await new ReviewRound(fixture.Grains, program, draft).MustFireAsync(ReviewPeople.Tsa, "start");

        var source = new RoundReportSource(fixture.Grains);
        var summary = await source.BuildRoundSummaryAsync(program, ReviewPlans.Period);

        Assert.NotNull(summary);
        var state = Assert.Single(summary.Progress);
        Assert.Equal((2, 1, 0), (state.Total, state.Approved, state.Overdue));
        Assert.Equal(1, state.Counts[summary.WorkflowStates.IndexOf("Draft")]);
        Assert.Equal(1, state.Counts[summary.WorkflowStates.IndexOf("Approved")]);
        var turnover = summary.KpiColumns.FindIndex(c => c.Id == "turnover");
        Assert.Equal(20_000.0, summary.Clusters.Single(c => c.WorkflowState == "Approved").Cells[turnover].Value);
        Assert.Null(summary.Clusters.Single(c => c.WorkflowState == "Draft").Cells[turnover].Value);
        Assert.Equal(20_000.0, summary.ProgramTotal!.Cells[turnover].Value);

        var export = await source.BuildRoundExportAsync(program, ReviewPlans.Period);
        var sheet = export!.Sheets.Single(s => s.Name == "cluster");
        var row = sheet.Rows.Single(r => r[0].Text == approved.Id);
        Assert.Equal(20_000.0, row[sheet.Columns.FindIndex(c => c.Key == "kpi.turnover")].Number);
        Assert.Equal(50_000.0, row[sheet.Columns.FindIndex(c => c.Key == "funds_received")].Number);
        Assert.Equal(3, export.Sheets.Single(s => s.Name == "enterprise").Rows.Count(r => r[0].Text == approved.Id));
    }

    private static KpiResult Kpi(ClusterReviewReport report, string id) => report.Kpis.Single(k => k.Id == id);
}
