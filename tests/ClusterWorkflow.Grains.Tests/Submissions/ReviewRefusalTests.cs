using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Submissions;

[Collection(nameof(ClusterFixture))]
public sealed class ReviewRefusalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TsaCannotApprove()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-tsa-approve");
        await r.ToDistrictReviewAsync();

        var outcome = await r.FireAsync(ReviewPeople.Tsa, "approve");

        Assert.Equal(OutcomeStatus.Forbidden, outcome.Status);
        Assert.Equal("DistrictReview", (await r.Submission.GetInfoAsync()).State);
    }

    [Fact]
    public async Task ReviewerOfAnotherDistrictCannotActNorRead()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-other-district");
        await r.ToDistrictReviewAsync();
        var before = await r.RevisionAsync();

        var approve = await r.FireAsync(ReviewPeople.OtherDistrict, "approve");
        var read = await r.Submission.GetAsync(ReviewPeople.OtherDistrict);

        Assert.Equal(OutcomeStatus.Forbidden, approve.Status);
        Assert.Equal(OutcomeStatus.Forbidden, read.Status);
        Assert.Equal(before, await r.RevisionAsync());
    }

    [Fact]
    public async Task ReturnWithoutCommentIsRefusedWithAClearMessage()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-no-comment");
        await r.ToDistrictReviewAsync();

        var outcome = await r.FireAsync(ReviewPeople.District, "return", "   ");

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("comment-required", problem.Code);
        Assert.Contains("comment", problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("DistrictReview", (await r.Submission.GetInfoAsync()).State);
    }

    [Fact]
    public async Task TriggerNotAllowedInTheCurrentStateIsRefused()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-wrong-state");
        await r.MustFireAsync(ReviewPeople.Tsa, "start");

        var outcome = await r.FireAsync(ReviewPeople.District, "approve");

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
        Assert.Equal("not-in-this-state", outcome.Problems[0].Code);
        Assert.Equal("Draft", (await r.Submission.GetInfoAsync()).State);
    }

    [Fact]
    public async Task AnotherTsaCannotSaveTheClustersData()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-other-tsa");
        await r.MustFireAsync(ReviewPeople.Tsa, "start");

        var outcome = await r.SaveAsync(ReviewPeople.OtherTsa, ReviewData.Valid());

        Assert.Equal(OutcomeStatus.Forbidden, outcome.Status);
        Assert.Equal(0, (await r.Submission.GetAsync(ReviewPeople.Tsa)).Value!.DataRevision);
    }

    [Fact]
    public async Task DataCannotChangeUnderReview()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-save-in-review");
        await r.ToDistrictReviewAsync();

        var outcome = await r.SaveAsync(ReviewPeople.Tsa, ReviewData.Valid(trainings: 9));

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
        Assert.Contains("Assigned, Draft, Returned", outcome.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveBasedOnAnOldRevisionIsAConflictAndLosesNothing()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "refuse-stale-save");
        await r.MustFireAsync(ReviewPeople.Tsa, "start");
        var seen = await r.RevisionAsync();
        await r.MustSaveAsync(ReviewPeople.Tsa, ReviewData.Valid(trainings: 4));

        var stale = await r.Submission.SaveDraftAsync(ReviewPeople.Tsa, ReviewData.Valid(trainings: 7), seen, "stale-save");

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal(4.0, (await r.Submission.GetAsync(ReviewPeople.Tsa)).Value!.Data.Cluster["trainings_held"]);
    }

    [Fact]
    public async Task TwoConcurrentApprovalsOnTheSameRevisionLetExactlyOneWin()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "concurrent-approve");
        await r.ToDistrictReviewAsync();
        var revision = await r.RevisionAsync();

        var outcomes = await Task.WhenAll(
            r.Submission.FireAsync(ReviewPeople.District, "approve", null, revision, "approve-a"),
            r.Submission.FireAsync(ReviewPeople.DistrictColleague, "approve", null, revision, "approve-b"));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, Assert.Single(outcomes, o => !o.Succeeded).Status);
        var audit = (await r.Submission.GetAuditAsync(ReviewPeople.ProgramManager)).Value!;
        Assert.Single(audit, a => a.Trigger == "approve");
        Assert.Equal("StateReview", audit[^1].To);
        Assert.Equal(revision + 1, await r.RevisionAsync());
    }

    [Fact]
    public async Task TheSameRequestSentTwiceCountsOnce()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "idempotent-submit");
        await r.MustFireAsync(ReviewPeople.Tsa, "start");
        await r.MustSaveAsync(ReviewPeople.Tsa, ReviewData.Valid());
        var revision = await r.RevisionAsync();

        var first = await r.Submission.FireAsync(ReviewPeople.Tsa, "submit", null, revision, "submit-once");
        var second = await r.Submission.FireAsync(ReviewPeople.Tsa, "submit", null, revision, "submit-once");

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal(first.Value!.Revision, second.Value!.Revision);
        var audit = (await r.Submission.GetAuditAsync(ReviewPeople.ProgramManager)).Value!;
        Assert.Single(audit, a => a.Trigger == "submit");
    }

    [Fact]
    public async Task PermittedActionsFollowRoleAndScope()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "permitted");
        await r.ToDistrictReviewAsync();

        var district = (await r.Submission.GetAsync(ReviewPeople.District)).Value!;
        var tsa = (await r.Submission.GetAsync(ReviewPeople.Tsa)).Value!;

        Assert.Equal(["approve", "return"], district.PermittedActions.Select(a => a.Trigger));
        Assert.True(district.PermittedActions.Single(a => a.Trigger == "return").CommentRequired);
        Assert.Empty(tsa.PermittedActions);
    }

    [Fact]
    public async Task SubmissionOfARoundNeverOpenedIsNotFound()
    {
        var submission = fixture.Grains.GetGrain<ISubmissionGrain>("nowhere~2026-11~ghost");

        var outcome = await submission.FireAsync(ReviewPeople.Tsa, "start", null, 0, "r1");

        Assert.Equal(OutcomeStatus.NotFound, outcome.Status);
    }

    [Fact]
    public async Task MermaidDiagramShowsTheWorkflow()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "mermaid");

        var diagram = (await r.Submission.GetMermaidAsync()).Value!;

        Assert.StartsWith("stateDiagram", diagram.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("DistrictReview", diagram, StringComparison.Ordinal);
    }
}
