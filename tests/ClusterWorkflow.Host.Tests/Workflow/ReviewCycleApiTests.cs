using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

[Collection(nameof(SharedHost))]
public sealed class ReviewCycleApiTests(SharedHost host)
{
    private const string DistrictComment = "Trainings look low for November; please check the register.";
    private const string StateComment = "Attach the fair receipts before approval.";

    [Fact]
    public async Task FullCycleThroughTheApiForEveryRoleEndsApprovedWithExactAudit()
    {
        var r = await ReviewApiRound.OpenAsync(host.ClientAsAsync, "wf-cycle");

        Assert.Equal(["start"], Triggers(await r.GetAsync(r.Tsa)));
        await r.MustFireAsync(r.Tsa, "start");
        await r.MustSaveAsync(r.Tsa, 1);
        await r.MustFireAsync(r.Tsa, "submit");
        Assert.Empty(await TasksAsync(r.Tsa, r));
        Assert.Equal(["review"], (await TasksAsync(r.District, r)).Select(t => t.GetProperty("kind").GetString()));
        await r.MustFireAsync(r.District, "startReview");
        await r.MustFireAsync(r.District, "return", DistrictComment);
        var returned = Assert.Single(await TasksAsync(r.Tsa, r));
        Assert.Equal(("returned", DistrictComment), (returned.GetProperty("kind").GetString(), returned.GetProperty("comment").GetString()));
        await r.MustSaveAsync(r.Tsa, 3);
        await r.MustFireAsync(r.Tsa, "resubmit");
        await r.MustFireAsync(r.District, "startReview");
        await r.MustFireAsync(r.District, "approve");
        await r.MustFireAsync(r.State, "return", StateComment);
        await r.MustFireAsync(r.Tsa, "resubmit");
        await r.MustFireAsync(r.District, "startReview");
        await r.MustFireAsync(r.District, "approve");
        var approved = await r.MustFireAsync(r.State, "approve");

        Assert.Equal(("Approved", true, 14L, 2), (approved.GetProperty("state").GetString(), approved.GetProperty("final").GetBoolean(),
            approved.GetProperty("revision").GetInt64(), approved.GetProperty("dataRevision").GetInt32()));
        Assert.Empty(Triggers(approved));
        var audit = (await ReviewApiRound.ReadAsync(await r.Manager.GetAsync($"{r.SubmissionPath}/audit"))).EnumerateArray().ToList();
        var (tsa, district, state) = (ReviewPeople.Tsa.UserName, ReviewPeople.DistrictReviewer.UserName, ReviewPeople.StateReviewer.UserName);
        var expected = new (string Actor, string Trigger, string From, string To, long Revision, string? Comment)[]
        {
            (tsa, "start", "Assigned", "Draft", 0, null),
            (tsa, "submit", "Draft", "Submitted", 2, null),
            (district, "startReview", "Submitted", "DistrictReview", 3, null),
            (district, "return", "DistrictReview", "Returned", 4, DistrictComment),
            (tsa, "resubmit", "Returned", "Submitted", 6, null),
            (district, "startReview", "Submitted", "DistrictReview", 7, null),
            (district, "approve", "DistrictReview", "StateReview", 8, null),
            (state, "return", "StateReview", "Returned", 9, StateComment),
            (tsa, "resubmit", "Returned", "Submitted", 10, null),
            (district, "startReview", "Submitted", "DistrictReview", 11, null),
            (district, "approve", "DistrictReview", "StateReview", 12, null),
            (state, "approve", "StateReview", "Approved", 13, null),
        };
        Assert.Equal(expected, audit.Select(a => (
            a.GetProperty("actorId").GetString()!, a.GetProperty("trigger").GetString()!, a.GetProperty("from").GetString()!,
            a.GetProperty("to").GetString()!, a.GetProperty("revision").GetInt64(),
            a.TryGetProperty("comment", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null)));
        var round = await ReviewApiRound.ReadAsync(await r.Manager.GetAsync(r.RoundPath));
        Assert.Equal(1, round.GetProperty("progress").GetProperty("completed").GetInt32());
        Assert.Empty(await TasksAsync(r.State, r));
    }

    private static List<string?> Triggers(JsonElement view) =>
        view.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()).ToList();

    /// <summary>The open tasks of the signed-in person about this round's submission.</summary>
    private static async Task<List<JsonElement>> TasksAsync(HttpClient who, ReviewApiRound r)
    {
        var inbox = await who.GetFromJsonAsync<JsonElement>("/api/inbox");
        return inbox.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("clusterId").GetString() == r.ClusterId)
            .ToList();
    }
}
