using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Grains.Tests.Infrastructure;
using ClusterWorkflow.Grains.Tests.Submissions;

namespace ClusterWorkflow.Grains.Tests.Rounds;

[Collection(nameof(ClusterFixture))]
public sealed class RoundGrainTests(ClusterFixture fixture)
{
    private IRoundGrain Round(string programId) => fixture.Grains.GetGrain<IRoundGrain>(RoundKey.For(programId, ReviewPlans.Period));

    [Fact]
    public async Task OpeningGivesEveryClusterASubmissionAndItsTsaATask()
    {
        var clusters = new[] { ReviewPlans.Cluster("open-two", "open-two-a"), ReviewPlans.Cluster("open-two", "open-two-b", district: "budaun") };

        var opened = await Round("open-two").OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For("open-two", clusters, withKpis: false));

        Assert.True(opened.Succeeded);
        Assert.Equal(RoundStatus.Open, opened.Value!.Status);
        var progress = await Round("open-two").GetProgressAsync();
        Assert.Equal(2, progress.Expected);
        Assert.Equal(new Dictionary<string, int> { ["Assigned"] = 2 }, progress.ByWorkflowState);
        Assert.Equal(["budaun", "dhamtari"], progress.ByArea.Select(a => a.District));
        var tasks = (await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.TsaId).ListAsync())
            .Where(i => i.SubmissionKey?.StartsWith("open-two~", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(InboxItemKinds.Task, t.Kind));
    }

    [Fact]
    public async Task OpeningAgainWithTheSamePlanChangesNothingAndAnotherPlanIsAConflict()
    {
        var cluster = ReviewPlans.Cluster("reopen", "reopen-a");
        await Round("reopen").OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For("reopen", [cluster], withKpis: false));

        var same = await Round("reopen").OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For("reopen", [cluster], withKpis: false));
        var other = await Round("reopen").OpenAsync(ReviewPeople.ProgramManager, ReviewPlans.For("reopen", [cluster], new DateOnly(2099, 1, 1), withKpis: false));

        Assert.True(same.Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, other.Status);
        Assert.Equal(new DateOnly(2099, 12, 10), (await Round("reopen").GetAsync()).DueDate);
        Assert.Single((await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.TsaId).ListAsync()), i => i.SubmissionKey == "reopen~2026-11~reopen-a");
    }

    [Fact]
    public async Task OnlyAProgramManagerOpensARound()
    {
        var outcome = await Round("not-pm").OpenAsync(ReviewPeople.District, ReviewPlans.For("not-pm", [ReviewPlans.Cluster("not-pm", "not-pm-a")], withKpis: false));

        Assert.Equal(OutcomeStatus.Forbidden, outcome.Status);
        Assert.Equal(RoundStatus.NotOpened, (await Round("not-pm").GetAsync()).Status);
    }

    [Fact]
    public async Task ABadPlanIsRefusedWithEveryProblemAtOnce()
    {
        var plan = ReviewPlans.For("bad-plan", [ReviewPlans.Cluster("another-program", "Bad Id")], withKpis: false) with
        {
            Workflow = new PlanDefinition("pilot-review", 1, "{ not json"),
        };

        var outcome = await Round("bad-plan").OpenAsync(ReviewPeople.ProgramManager, plan);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Problems, p => p.Code == "workflow-invalid");
        Assert.Contains(outcome.Problems, p => p.Field == "clusters[0].id");
        Assert.Contains(outcome.Problems, p => p.Field == "clusters[0].programId");
    }

    [Fact]
    public async Task OverdueSubmissionsAreFlaggedAndTheTsaToldOnce()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "overdue", dueDate: new DateOnly(2020, 1, 31));

        var first = await r.Round.CheckOverdueAsync();
        var second = await r.Round.CheckOverdueAsync();

        Assert.Equal([r.Cluster.Id], first);
        Assert.Empty(second);
        Assert.Equal([r.Cluster.Id], (await r.Round.GetProgressAsync()).OverdueClusterIds);
        var notices = (await fixture.Grains.GetGrain<IInboxGrain>(ReviewPeople.TsaId).ListAsync()).Where(i => i.SubmissionKey == r.Key && i.Kind == InboxItemKinds.Overdue);
        Assert.Single(notices);
        Assert.True((await r.Submission.GetAsync(ReviewPeople.Tsa)).Value!.Overdue);
    }

    [Fact]
    public async Task ClosingComputesRollupsAndOnlyAProgramManagerCloses()
    {
        var r = await ReviewRound.OpenAsync(fixture.Grains, "close-empty");

        var refused = await r.Round.CloseAsync(ReviewPeople.State);
        var closed = await r.Round.CloseAsync(ReviewPeople.ProgramManager);

        Assert.Equal(OutcomeStatus.Forbidden, refused.Status);
        Assert.Equal(RoundStatus.Closed, closed.Value!.Status);
        var rollup = await r.Round.GetRollupAsync();
        // No cluster approved: completeness counts the expected cluster as missing (0 of 1), turnover has no value.
        var program = rollup!.Find(Domain.Kpis.KpiLevel.Program, "close-empty")!;
        Assert.Null(program.Values["turnover"].Value);
    }
}
