using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>A silo restart in the middle of a review keeps the state: the whole cluster stops and a new one reads the SQLite file.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task ReviewContinuesAfterTheClusterRestarts()
    {
        var database = await SqliteReviewCluster.CreateDatabaseAsync();
        try
        {
            long revision;
            var first = await SqliteReviewCluster.StartAsync(database);
            try
            {
                var r = await ReviewRound.OpenAsync(first.GrainFactory, "restart");
                await r.ToDistrictReviewAsync();
                await r.MustFireAsync(ReviewPeople.District, "return", "Please recheck revenue of e-002.");
                revision = await r.RevisionAsync();
            }
            finally
            {
                await first.StopAllSilosAsync();
                await first.DisposeAsync();
            }

            var second = await SqliteReviewCluster.StartAsync(database);
            try
            {
                var r = new ReviewRound(second.GrainFactory, "restart", ReviewPlans.Cluster("restart", "restart-bamboo"));
                var view = (await r.Submission.GetAsync(ReviewPeople.Tsa)).Value!;
                Assert.Equal("Returned", view.State);
                Assert.Equal(revision, view.Revision);
                Assert.Equal(12_000.0, view.Data.Roster[0]["revenue_total"]);
                Assert.Equal("Please recheck revenue of e-002.", Assert.Single(view.Comments).Text);

                var stale = await r.Submission.FireAsync(ReviewPeople.Tsa, "resubmit", null, revision - 1, "stale-after-restart");
                Assert.Equal(OutcomeStatus.Conflict, stale.Status);

                await r.MustSaveAsync(ReviewPeople.Tsa, ReviewData.Valid(trainings: 5));
                await r.MustFireAsync(ReviewPeople.Tsa, "resubmit");
                await r.MustFireAsync(ReviewPeople.District, "startReview");
                await r.MustFireAsync(ReviewPeople.District, "approve");
                var approved = await r.MustFireAsync(ReviewPeople.State, "approve");

                Assert.Equal("Approved", approved.State);
                Assert.Equal(["start", "submit", "startReview", "return", "resubmit", "startReview", "approve", "approve"], approved.Audit.Select(a => a.Trigger));
                var history = await second.GrainFactory.GetGrain<IClusterGrain>("restart-bamboo").GetHistoryAsync();
                Assert.Equal(5.0, Assert.Single(history).Data.Cluster["trainings_held"]);
                Assert.Equal(1, (await r.Round.GetProgressAsync()).Completed);
            }
            finally
            {
                await second.StopAllSilosAsync();
                await second.DisposeAsync();
            }
        }
        finally
        {
            SqliteConnectionPoolCleaner.Clear();
            File.Delete(database);
        }
    }
}
