using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>"Waiting for me": the open items of a person follow the submission's state.</summary>
[Collection(nameof(ClusterFixture))]
public sealed class InboxTaskTests(ClusterFixture fixture)
{
    private const string Comment = "Trainings look low; check the register.";

    [Fact]
    public async Task TsaTaskLeavesWaitingForMeOnSubmitAndComesBackWhenReturned()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "tasks-tsa");
        Assert.Equal([InboxItemKinds.Task], (await WaitingAsync(ReviewPeople.Tsa, r)).Select(i => i.Kind));

        await r.MustFireAsync(ReviewPeople.Tsa, "start");
        var drafting = Assert.Single(await WaitingAsync(ReviewPeople.Tsa, r));
        await r.MustSaveAsync(ReviewPeople.Tsa, ReviewData.Valid());
        await r.MustFireAsync(ReviewPeople.Tsa, "submit");
        var afterSubmit = await WaitingAsync(ReviewPeople.Tsa, r);
        await r.MustFireAsync(ReviewPeople.District, "startReview");
        await r.MustFireAsync(ReviewPeople.District, "return", Comment);
        var returned = Assert.Single(await WaitingAsync(ReviewPeople.Tsa, r));
        await r.MustFireAsync(ReviewPeople.Tsa, "resubmit");

        Assert.Equal((InboxItemKinds.Task, $"{r.Key}~1"), (drafting.Kind, drafting.Id));
        Assert.Empty(afterSubmit);
        Assert.Equal((InboxItemKinds.Returned, Comment), (returned.Kind, returned.Comment));
        Assert.Empty(await WaitingAsync(ReviewPeople.Tsa, r));
    }

    [Fact]
    public async Task ReviewersGetATaskAtEachReviewLevelAndItClosesWhenOneOfThemActs()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "tasks-review");
        await r.MustFireAsync(ReviewPeople.Tsa, "start");
        await r.MustSaveAsync(ReviewPeople.Tsa, ReviewData.Valid());
        await r.MustFireAsync(ReviewPeople.Tsa, "submit");
        Assert.Empty(await WaitingAsync(ReviewPeople.State, r));

        await r.MustFireAsync(ReviewPeople.District, "startReview");
        var district = Assert.Single(await WaitingAsync(ReviewPeople.District, r));
        var colleague = Assert.Single(await WaitingAsync(ReviewPeople.DistrictColleague, r));
        await r.MustFireAsync(ReviewPeople.District, "approve");
        var state = Assert.Single(await WaitingAsync(ReviewPeople.State, r));
        var districtAfter = await WaitingAsync(ReviewPeople.District, r);
        var colleagueAfter = await WaitingAsync(ReviewPeople.DistrictColleague, r);
        await r.MustFireAsync(ReviewPeople.State, "approve");

        Assert.Equal(InboxItemKinds.Review, district.Kind);
        Assert.EndsWith("District review", district.Title, StringComparison.Ordinal);
        Assert.Equal(district.Id, colleague.Id);
        Assert.Empty(districtAfter);
        Assert.Empty(colleagueAfter);
        Assert.Equal(InboxItemKinds.Review, state.Kind);
        Assert.EndsWith("State review", state.Title, StringComparison.Ordinal);
        Assert.Empty(await WaitingAsync(ReviewPeople.State, r));
        Assert.Empty(await WaitingAsync(ReviewPeople.OtherDistrict, r));
        Assert.Equal([InboxItemKinds.Approved], (await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.TsaId).ListAsync())
            .Where(i => i.SubmissionKey == r.Key).Select(i => i.Kind));
    }

    /// <summary>The open items of a person that ask them to act on this submission.</summary>
    private async Task<List<InboxItem>> WaitingAsync(Actor person, ReviewRound r) =>
        (await fixture.Grains.GetGrain<IInboxGrain>(person.UserId).ListAsync())
            .Where(i => i.SubmissionKey == r.Key && InboxItemKinds.AsksForAction(i.Kind))
            .ToList();
}
