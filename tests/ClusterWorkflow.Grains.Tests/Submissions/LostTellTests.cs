using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>
/// A transition is stored before the submission tells the round, the cluster and the inboxes. When
/// the telling fails (a silo dies, a write fails) the caller gets an error and sends the same request
/// again: that retry must tell again, or the round's roll-up misses an approved cluster for good.
/// (Found by bench.sh: three silos, one SIGKILLed, two of 48 approvals missing from the roll-up.)
/// </summary>
[Collection(nameof(ClusterFixture))]
public sealed class LostTellTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnApprovalSentAgainAfterTheRoundMissedItReachesTheRoundAndTheClusterHistory()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "lost-tell");
        await r.ToDistrictReviewAsync();
        await r.MustFireAsync(ReviewPeople.District, "approve");
        var requestId = Guid.NewGuid().ToString("N");
        var revision = await r.RevisionAsync();
        FlakyGrainStorage.FailNextWrite("round/lost-tell");

        await Assert.ThrowsAnyAsync<Exception>(() => r.Submission.FireAsync(ReviewPeople.State, "approve", null, revision, requestId));
        var missed = Assert.Single(await r.Round.GetClustersAsync());
        Assert.False(missed.Final);

        var retried = await r.Submission.FireAsync(ReviewPeople.State, "approve", null, revision, requestId);

        Assert.True(retried.Succeeded, string.Join("; ", retried.Problems.Select(p => p.Message)));
        Assert.Equal("Approved", retried.Value!.State);
        var reached = Assert.Single(await r.Round.GetClustersAsync());
        Assert.True(reached.Final);
        var history = await fixture.Grains.GetGrain<IClusterGrain>(r.Cluster.Id).GetHistoryAsync();
        Assert.Contains(history, p => p.Period == ReviewPlans.Period && p.SubmissionKey == r.Key);
        Assert.Equal(1, (await r.Submission.GetAuditAsync(ReviewPeople.ProgramManager)).Value!.Count(a => a.RequestId == requestId));
    }

    [Fact]
    public async Task ClosingTheRoundCountsAnApprovalWhoseTellWasLostAndNeverRetried()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "lost-tell-close");
        await r.ToDistrictReviewAsync();
        await r.MustFireAsync(ReviewPeople.District, "approve");
        var revision = await r.RevisionAsync();
        FlakyGrainStorage.FailNextWrite("round/lost-tell-close");
        await Assert.ThrowsAnyAsync<Exception>(() => r.Submission.FireAsync(ReviewPeople.State, "approve", null, revision, Guid.NewGuid().ToString("N")));

        var closed = await r.Round.CloseAsync(ReviewPeople.ProgramManager);

        Assert.True(closed.Succeeded, string.Join("; ", closed.Problems.Select(p => p.Message)));
        Assert.True(Assert.Single(await r.Round.GetClustersAsync()).Final);
        var rollup = await r.Round.GetRollupAsync();
        var stored = (await r.Submission.PreviewKpisAsync())!.Values["enrolled"].Value;
        Assert.NotNull(stored);
        Assert.Equal(stored, rollup!.Find(Domain.Kpis.KpiLevel.Program, r.ProgramId)!.Values["enrolled"].Value);
    }
}
