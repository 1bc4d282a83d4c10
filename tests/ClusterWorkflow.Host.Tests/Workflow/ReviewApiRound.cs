using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

/// <summary>
/// A program with one Dhamtari cluster, its definitions saved and the 2026-11 round opened, all
/// through the API as the program manager; then short ways for each person to act on the submission.
/// Each command is based on the revision the caller reads and carries a fresh request id unless told otherwise.
/// </summary>
internal sealed class ReviewApiRound
{
    public const string Period = "2026-11";

    private ReviewApiRound(string programId, Dictionary<TestUser, HttpClient> clients)
    {
        ProgramId = programId;
        Clients = clients;
    }

    public string ProgramId { get; }

    public string ClusterId => $"{ProgramId}-bamboo";

    public string RoundPath => $"/api/programs/{ProgramId}/rounds/{Period}";

    public string SubmissionPath => $"{RoundPath}/submissions/{ClusterId}";

    public Dictionary<TestUser, HttpClient> Clients { get; }

    public HttpClient Manager => Clients[ReviewPeople.ProgramManager];
    public HttpClient Tsa => Clients[ReviewPeople.Tsa];
    public HttpClient District => Clients[ReviewPeople.DistrictReviewer];
    public HttpClient Colleague => Clients[ReviewPeople.DistrictColleague];
    public HttpClient OtherDistrict => Clients[ReviewPeople.OtherDistrictReviewer];
    public HttpClient State => Clients[ReviewPeople.StateReviewer];

    public static async Task<ReviewApiRound> OpenAsync(Func<TestUser, Task<HttpClient>> clientAs, string programId)
    {
        TestUser[] people = [ReviewPeople.ProgramManager, ReviewPeople.Tsa, ReviewPeople.DistrictReviewer, ReviewPeople.DistrictColleague, ReviewPeople.OtherDistrictReviewer, ReviewPeople.StateReviewer];
        var clients = new Dictionary<TestUser, HttpClient>();
        foreach (var person in people) clients[person] = await clientAs(person);
        var round = new ReviewApiRound(programId, clients);
        var pm = round.Manager;
        await MustAsync(pm.PostAsJsonAsync("/api/programs", new { id = programId, name = "Review API test program" }));
        await MustAsync(pm.PostAsJsonAsync($"/api/programs/{programId}/clusters", new
        {
            id = round.ClusterId, name = "Sample Bamboo Craft Cluster (sample data)", type = "artisanal",
            state = ReviewPeople.State, district = ReviewPeople.District, block = "kurud", tsaId = ReviewPeople.Tsa.UserName,
        }));
        await MustAsync(pm.PostAsync($"/api/programs/{programId}/forms", Json(ReviewDefinitions.ClusterForm())));
        await MustAsync(pm.PostAsync($"/api/programs/{programId}/forms", Json(ReviewDefinitions.RosterForm())));
        await MustAsync(pm.PostAsync($"/api/programs/{programId}/workflows", Json(ReviewDefinitions.Workflow())));
        await MustAsync(pm.PostAsJsonAsync($"/api/programs/{programId}/plans", ReviewDefinitions.Plan()));
        await MustAsync(pm.PostAsJsonAsync($"/api/programs/{programId}/rounds", new { period = Period, planId = ReviewDefinitions.PlanId, dueDate = "2099-12-10" }));
        return round;
    }

    public async Task<JsonElement> GetAsync(HttpClient who) => await ReadAsync(await who.GetAsync(SubmissionPath));

    public async Task<long> RevisionAsync(HttpClient who) => (await GetAsync(who)).GetProperty("revision").GetInt64();

    public async Task<HttpResponseMessage> FireAsync(HttpClient who, string trigger, string? comment = null, long? basedOn = null, string? requestId = null) =>
        await who.PostAsJsonAsync($"{SubmissionPath}/actions/{trigger}", new
        {
            comment,
            basedOnRevision = basedOn ?? await RevisionAsync(who),
            requestId = requestId ?? Guid.NewGuid().ToString("N"),
        });

    public async Task<JsonElement> MustFireAsync(HttpClient who, string trigger, string? comment = null) =>
        await ReadAsync(await FireAsync(who, trigger, comment));

    public async Task<JsonElement> MustSaveAsync(HttpClient who, int trainings) =>
        await ReadAsync(await who.PutAsJsonAsync($"{SubmissionPath}/draft", new
        {
            data = ReviewDefinitions.Data(trainings),
            basedOnRevision = await RevisionAsync(who),
            requestId = Guid.NewGuid().ToString("N"),
        }));

    /// <summary>From the opened round to district review: start, save valid data, submit, start the review.</summary>
    public async Task ToDistrictReviewAsync()
    {
        await MustFireAsync(Tsa, "start");
        await MustSaveAsync(Tsa, 2);
        await MustFireAsync(Tsa, "submit");
        await MustFireAsync(District, "startReview");
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static async Task MustAsync(Task<HttpResponseMessage> request) => await ReadAsync(await request);

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
