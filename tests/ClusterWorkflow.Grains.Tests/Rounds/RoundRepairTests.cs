using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Grains.Tests.Infrastructure;
using ClusterWorkflow.Grains.Tests.Submissions;

namespace ClusterWorkflow.Grains.Tests.Rounds;

[Collection(nameof(ClusterFixture))]
public sealed class RoundRepairTests(ClusterFixture fixture)
{
    [Fact]
    public async Task OpeningAgainWithTheSamePlanOpensTheSubmissionsAFailedAttemptMissed()
    {
        var clusters = new[] { ReviewPlans.Cluster("repair", "repair-a"), ReviewPlans.Cluster("repair", "repair-b") };
        var plan = ReviewPlans.For("repair", clusters, withKpis: false);
        var round = fixture.Grains.GetGrain<IRoundGrain>(RoundKey.For("repair", ReviewPlans.Period));
        var missed = fixture.Grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(RoundKey.For("repair", ReviewPlans.Period), "repair-b"));
        FlakyGrainStorage.FailNextWrite("repair-b");

        var first = await round.OpenAsync(ReviewPeople.ProgramManager, plan);

        Assert.False(first.Succeeded);
        var problem = Assert.Single(first.Problems);
        Assert.Equal("cluster-not-opened", problem.Code);
        Assert.Equal("clusters[1]", problem.Field);
        Assert.Contains("open the round again with the same plan", problem.Message, StringComparison.Ordinal);
        Assert.Equal("", (await missed.GetInfoAsync()).State);

        var retried = await round.OpenAsync(ReviewPeople.ProgramManager, plan);

        Assert.True(retried.Succeeded, string.Join("; ", retried.Problems.Select(p => p.Message)));
        Assert.Equal("Assigned", (await missed.GetInfoAsync()).State);
        var tasks = (await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.TsaId).ListAsync())
            .Where(i => i.SubmissionKey?.StartsWith("repair~", StringComparison.Ordinal) == true)
            .Select(i => i.SubmissionKey).Order(StringComparer.Ordinal);
        Assert.Equal(["repair~2026-11~repair-a", "repair~2026-11~repair-b"], tasks);
    }

    [Fact]
    public async Task OpenedRoundsAreListedUnderTheirProgram()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "listed");
        await r.MustFireAsync(ReviewPeople.Tsa, "start");

        var periods = await fixture.Grains.GetGrain<IProgramRoundsGrain>("listed").ListAsync();
        var clusters = await r.Round.GetClustersAsync();

        Assert.Equal([ReviewPlans.Period], periods);
        var only = Assert.Single(clusters);
        Assert.Equal((r.Cluster.Id, "Draft", false, false), (only.Profile.Id, only.WorkflowState, only.Final, only.Overdue));
    }

    [Fact]
    public async Task AnOpeningWhoseRoundWasNeverStoredLeavesTheRoundFreeForAnyPlan()
    {
        var cluster = ReviewPlans.Cluster("unstored", "unstored-a");
        var round = fixture.Grains.GetGrain<IRoundGrain>(RoundKey.For("unstored", ReviewPlans.Period));
        FlakyGrainStorage.FailNextWrite("round/unstored");

        await Assert.ThrowsAnyAsync<Exception>(() => round.OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For("unstored", [cluster], withKpis: false)));
        var other = await round.OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For("unstored", [cluster], new DateOnly(2099, 1, 1), withKpis: false));

        Assert.True(other.Succeeded, string.Join("; ", other.Problems.Select(p => p.Message)));
        Assert.Equal(new DateOnly(2099, 1, 1), (await round.GetAsync()).DueDate);
    }
}
