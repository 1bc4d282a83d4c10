using System.Net;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

[Collection(nameof(SharedHost))]
public sealed class ReviewSafetyApiTests(SharedHost host)
{
    [Fact]
    public async Task TwoConcurrentApprovalsGiveOneSuccessAndOneConflict()
    {
        var r = await ReviewApiRound.OpenAsync(host.ClientAsAsync, "wf-race");
        await r.ToDistrictReviewAsync();
        var revision = await r.RevisionAsync(r.District);

        var answers = await Task.WhenAll(r.FireAsync(r.District, "approve", basedOn: revision), r.FireAsync(r.Colleague, "approve", basedOn: revision));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var audit = await ReviewApiRound.ReadAsync(await r.Manager.GetAsync($"{r.SubmissionPath}/audit"));
        Assert.Single(audit.EnumerateArray(), a => a.GetProperty("trigger").GetString() == "approve");
        Assert.Equal(("StateReview", revision + 1), await StateAsync(r));
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task ASubmitSentTwiceWithTheSameRequestIdCountsOnce()
    {
        var r = await ReviewApiRound.OpenAsync(host.ClientAsAsync, "wf-retry");
        await r.MustFireAsync(r.Tsa, "start");
        await r.MustSaveAsync(r.Tsa, 2);
        var revision = await r.RevisionAsync(r.Tsa);
        var requestId = Guid.NewGuid().ToString("N");

        var first = await ReviewApiRound.ReadAsync(await r.FireAsync(r.Tsa, "submit", basedOn: revision, requestId: requestId));
        var second = await ReviewApiRound.ReadAsync(await r.FireAsync(r.Tsa, "submit", basedOn: revision, requestId: requestId));

        Assert.Equal(first.GetProperty("revision").GetInt64(), second.GetProperty("revision").GetInt64());
        var audit = await ReviewApiRound.ReadAsync(await r.Manager.GetAsync($"{r.SubmissionPath}/audit"));
        Assert.Single(audit.EnumerateArray(), a => a.GetProperty("trigger").GetString() == "submit");
        Assert.Equal(("Submitted", revision + 1), await StateAsync(r));
    }

    private static async Task<(string?, long)> StateAsync(ReviewApiRound r)
    {
        var view = await r.GetAsync(r.Manager);
        return (view.GetProperty("state").GetString(), view.GetProperty("revision").GetInt64());
    }
}
