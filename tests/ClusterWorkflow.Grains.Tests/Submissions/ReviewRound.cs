using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>
/// One opened round with one cluster, and short ways to act on its submission: each command is
/// based on the revision the submission is at and carries a fresh request id.
/// </summary>
internal sealed class ReviewRound(IGrainFactory grains, string programId, ClusterProfile cluster)
{
    public string ProgramId => programId;

    public ClusterProfile Cluster => cluster;

    public string RoundKey => Abstractions.Rounds.RoundKey.For(programId, ReviewPlans.Period);

    public string Key => SubmissionKey.For(RoundKey, cluster.Id);

    public IRoundGrain Round => grains.GetGrain<IRoundGrain>(RoundKey);

    public ISubmissionGrain Submission => grains.GetGrain<ISubmissionGrain>(Key);

    public static async Task<ReviewRound> OpenAsync(IGrainFactory grains, string programId, DateOnly? dueDate = null)
    {
        var cluster = ReviewPlans.Cluster(programId, $"{programId}-bamboo");
        var round = new ReviewRound(grains, programId, cluster);
        var opened = await round.Round.OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For(programId, [cluster], dueDate));
        Assert.True(opened.Succeeded, string.Join("; ", opened.Problems.Select(p => p.Message)));
        return round;
    }

    public async Task<long> RevisionAsync() => (await Submission.GetInfoAsync()).Revision;

    public async Task<Outcome<SubmissionView>> SaveAsync(Actor actor, SubmissionData data) =>
        await Submission.SaveDraftAsync(actor, data, await RevisionAsync(), Guid.NewGuid().ToString("N"));

    public async Task<Outcome<SubmissionView>> FireAsync(Actor actor, string trigger, string? comment = null) =>
        await Submission.FireAsync(actor, trigger, comment, await RevisionAsync(), Guid.NewGuid().ToString("N"));

    /// <summary>Fires and insists it was accepted.</summary>
    public async Task<SubmissionView> MustFireAsync(Actor actor, string trigger, string? comment = null)
    {
        var outcome = await FireAsync(actor, trigger, comment);
        Assert.True(outcome.Succeeded, $"{trigger} by {actor.UserId}: {outcome.Status} {string.Join("; ", outcome.Problems.Select(p => p.Message))}");
        return outcome.Value!;
    }

    public async Task<SubmissionView> MustSaveAsync(Actor actor, SubmissionData data)
    {
        var outcome = await SaveAsync(actor, data);
        Assert.True(outcome.Succeeded, $"save by {actor.UserId}: {outcome.Status} {string.Join("; ", outcome.Problems.Select(p => p.Message))}");
        return outcome.Value!;
    }

    /// <summary>From a fresh round to district review: start, save valid data, submit, start the review.</summary>
    public async Task ToDistrictReviewAsync()
    {
        await MustFireAsync(ReviewPeople.Tsa, "start");
        await MustSaveAsync(ReviewPeople.Tsa, ReviewData.Valid());
        await MustFireAsync(ReviewPeople.Tsa, "submit");
        await MustFireAsync(ReviewPeople.District, "startReview");
    }
}
