using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

public sealed class ReviewRestartApiTests
{
    [Fact]
    public async Task AReviewContinuesAfterTheHostRestartsOnSqlite()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-review-restart-").FullName;
        long revision;
        await using (var first = await HostProcess.StartAsync("--data-dir", dataDir))
        {
            var r = await ReviewApiRound.OpenAsync(first.ClientAsAsync, "wf-restart");
            await r.ToDistrictReviewAsync();
            revision = await r.RevisionAsync(r.District);
            await first.StopAsync();
        }

        await using var second = await HostProcess.StartAsync("--data-dir", dataDir);
        var district = await second.ClientAsAsync(ReviewPeople.DistrictReviewer);
        var path = "/api/programs/wf-restart/rounds/2026-11/submissions/wf-restart-bamboo";
        var before = await ReviewApiRound.ReadAsync(await district.GetAsync(path));
        var approved = await ReviewApiRound.ReadAsync(await district.PostAsync($"{path}/actions/approve",
            System.Net.Http.Json.JsonContent.Create(new { basedOnRevision = revision, requestId = Guid.NewGuid().ToString("N") })));

        Assert.Equal(("DistrictReview", revision), (before.GetProperty("state").GetString(), before.GetProperty("revision").GetInt64()));
        Assert.Equal("StateReview", approved.GetProperty("state").GetString());
        Assert.Equal(["start", "submit", "startReview", "approve"], approved.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()));
    }
}
