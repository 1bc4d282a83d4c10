using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Submissions;

[Collection(nameof(ClusterFixture))]
public sealed class ReviewCycleTests(ClusterFixture fixture)
{
    private const string DistrictComment = "Trainings look low for November; please check the register.";
    private const string StateComment = "Attach the fair receipts before approval.";

    [Fact]
    public async Task FullCycleWithReturnsAtBothLevelsEndsApprovedWithExactAudit()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "cycle");
        var (tsa, district, state) = (ReviewPeople.Tsa, ReviewPeople.District, ReviewPeople.State);

        await r.MustFireAsync(tsa, "start");
        await r.MustSaveAsync(tsa, ReviewData.Overspent());
        var blocked = await r.FireAsync(tsa, "submit");
        Assert.Equal(OutcomeStatus.Invalid, blocked.Status);
        Assert.Contains(blocked.Problems, p => p.Field == "funds_spent" && p.Message.Contains("cannot exceed", StringComparison.Ordinal));
        Assert.Equal("Draft", (await r.Submission.GetInfoAsync()).State);

        await r.MustSaveAsync(tsa, ReviewData.Valid(trainings: 1));
        await r.MustFireAsync(tsa, "submit");
        await r.MustFireAsync(district, "startReview");
        await r.MustFireAsync(district, "return", DistrictComment);
        await r.MustSaveAsync(tsa, ReviewData.Valid(trainings: 3));
        await r.MustFireAsync(tsa, "resubmit");
        await r.MustFireAsync(district, "startReview");
        await r.MustFireAsync(district, "approve");
        await r.MustFireAsync(state, "return", StateComment);
        await r.MustFireAsync(tsa, "resubmit");
        await r.MustFireAsync(district, "startReview");
        await r.MustFireAsync(district, "approve");
        var approved = await r.MustFireAsync(state, "approve");

        Assert.Equal("Approved", approved.State);
        Assert.True(approved.Final);
        Assert.Equal(15, approved.Revision);
        Assert.Equal(3, approved.DataRevision);
        Assert.Empty(approved.PermittedActions);
        Assert.Equal([DistrictComment, StateComment], approved.Comments.Select(c => c.Text));

        var audit = (await r.Submission.GetAuditAsync(ReviewPeople.ProgramManager)).Value!;
        var expected = new (string Actor, string Trigger, string From, string To, long Revision, string? Comment)[]
        {
            (tsa.UserId, "start", "Assigned", "Draft", 0, null),
            (tsa.UserId, "submit", "Draft", "Submitted", 3, null),
            (district.UserId, "startReview", "Submitted", "DistrictReview", 4, null),
            (district.UserId, "return", "DistrictReview", "Returned", 5, DistrictComment),
            (tsa.UserId, "resubmit", "Returned", "Submitted", 7, null),
            (district.UserId, "startReview", "Submitted", "DistrictReview", 8, null),
            (district.UserId, "approve", "DistrictReview", "StateReview", 9, null),
            (state.UserId, "return", "StateReview", "Returned", 10, StateComment),
            (tsa.UserId, "resubmit", "Returned", "Submitted", 11, null),
            (district.UserId, "startReview", "Submitted", "DistrictReview", 12, null),
            (district.UserId, "approve", "DistrictReview", "StateReview", 13, null),
            (state.UserId, "approve", "StateReview", "Approved", 14, null),
        };
        Assert.Equal(Enumerable.Range(1, 12), audit.Select(a => a.Sequence));
        Assert.Equal(expected, audit.Select(a => (a.ActorId, a.Trigger, a.From, a.To, a.Revision, a.Comment)));

        // The approved data (trainings 3) and its KPIs: 3 enterprises, turnover 12,000 + 8,000 + 0.
        var history = await fixture.Grains.GetGrain<IClusterGrain>(r.Cluster.Id).GetHistoryAsync();
        var period = Assert.Single(history);
        Assert.Equal(ReviewPlans.Period, period.Period);
        Assert.Equal(3.0, period.Data.Cluster["trainings_held"]);
        Assert.Equal(3, period.Data.Roster.Count);
        Assert.Equal(3.0, period.Kpis["enrolled"]);
        Assert.Equal(20_000.0, period.Kpis["turnover"]);
        Assert.Equal(20_000.0, (await fixture.Grains.GetGrain<IClusterGrain>(r.Cluster.Id).GetKpiHistoryAsync())[ReviewPlans.Period]["turnover"]);

        var progress = await r.Round.GetProgressAsync();
        Assert.Equal(1, progress.Completed);
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 1 }, progress.ByWorkflowState);
        Assert.Empty(progress.OverdueClusterIds);

        // Every task closed as the submission moved on; only the approval notice waits for the TSA.
        var tsaInbox = await fixture.Grains.GetGrain<IInboxGrain>(tsa.UserId).ListAsync(includeDone: true);
        var mine = tsaInbox.Where(i => i.SubmissionKey == r.Key).ToList();
        Assert.Equal([InboxItemKinds.Task, InboxItemKinds.Task, InboxItemKinds.Returned, InboxItemKinds.Returned, InboxItemKinds.Approved], mine.Select(i => i.Kind));
        Assert.Equal([null, null, DistrictComment, StateComment, null], mine.Select(i => i.Comment));
        Assert.Equal([true, true, true, true, false], mine.Select(i => i.Done));
        // District reviewers held a task on each entry into Submitted (2, 5, 9) and District review (3, 6, 10).
        var districtInbox = (await fixture.Grains.GetGrain<IInboxGrain>(district.UserId).ListAsync(includeDone: true)).Where(i => i.SubmissionKey == r.Key).ToList();
        Assert.Equal([2, 3, 5, 6, 9, 10], districtInbox.Select(i => int.Parse(i.Id[(i.Id.LastIndexOf('~') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(districtInbox, i => Assert.Equal((InboxItemKinds.Review, true), (i.Kind, i.Done)));
        Assert.Equal(6, (await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.DistrictColleague.UserId).ListAsync(includeDone: true)).Count(i => i.SubmissionKey == r.Key));
        Assert.Equal(2, (await fixture.Grains.GetGrain<IInboxGrain>(state.UserId).ListAsync(includeDone: true)).Count(i => i.SubmissionKey == r.Key));
        Assert.DoesNotContain(await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.OtherDistrict.UserId).ListAsync(includeDone: true), i => i.SubmissionKey == r.Key);

        var closed = await r.Round.CloseAsync(ReviewPeople.ProgramManager);
        Assert.True(closed.Succeeded);
        var rollup = await r.Round.GetRollupAsync();
        Assert.Equal(20_000.0, rollup!.Find(KpiLevel.Program, r.ProgramId)!.Values["turnover"].Value);
    }
}
