using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Reports;

/// <summary>
/// A program with one cluster in Budaun (Uttar Pradesh) and one in Dhamtari (Chhattisgarh), and an
/// open November round on the pilot review workflow and KPI pack, set up through the API. The Budaun
/// cluster can be taken through a district return to approval; the Dhamtari one stays in draft.
/// </summary>
internal sealed class ReportRound(HostProcess host, string program)
{
    public const string Period = "2026-11";

    /// <summary>Three enterprises: 12,000 + 8,000 + 0 rupees, two active of three.</summary>
    public static readonly object Data = new
    {
        cluster = new { trainings_held = 2 },
        roster = new object[]
        {
            new { enterprise_id = "e-001", status = "active", revenue_total = 12_000 },
            new { enterprise_id = "e-002", status = "active", revenue_total = 8_000 },
            new { enterprise_id = "e-003", status = "closed", revenue_total = 0 },
        },
    };

    public string Program => program;

    public string Budaun => $"{program}-budaun";

    public string Dhamtari => $"{program}-dhamtari";

    public TestUser BudaunTsa => new($"{program}-tsa-budaun", ["tsa"], tsaId: $"{program}-tsa-budaun");

    public TestUser DhamtariTsa => new($"{program}-tsa-dhamtari", ["tsa"], tsaId: $"{program}-tsa-dhamtari");

    public TestUser BudaunReviewer => new($"{program}-dr-budaun", ["districtReviewer"], districts: ["budaun"]);

    public TestUser UpReviewer => new($"{program}-sr-up", ["stateReviewer"], states: ["uttar-pradesh"]);

    public static async Task<ReportRound> OpenAsync(HostProcess host, string program)
    {
        var round = new ReportRound(host, program);
        var admin = host.Admin;
        await Ok(admin.PostAsJsonAsync("/api/programs", new { id = program, name = $"Report test program {program}" }));
        await Ok(admin.PostAsJsonAsync($"/api/programs/{program}/clusters", Cluster(round.Budaun, "Sample Zari Cluster (sample data)", "uttar-pradesh", "budaun", "ujhani", round.BudaunTsa.TsaId!)));
        await Ok(admin.PostAsJsonAsync($"/api/programs/{program}/clusters", Cluster(round.Dhamtari, "Sample Bamboo Cluster (sample data)", "chhattisgarh", "dhamtari", "kurud", round.DhamtariTsa.TsaId!)));
        await Ok(admin.PostAsync($"/api/programs/{program}/workflows", new StringContent(File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "workflows", "pilot-review.json")), System.Text.Encoding.UTF8, "application/json")));
        await Ok(admin.PostAsJsonAsync($"/api/programs/{program}/forms", ClusterForm));
        await Ok(admin.PostAsJsonAsync($"/api/programs/{program}/forms", RosterForm));
        await Ok(admin.PostAsJsonAsync($"/api/programs/{program}/plans", new
        {
            id = "report-monthly",
            workflow = new { id = "pilot-review" },
            clusterForm = new { id = "report_cluster" },
            rosterForm = new { id = "report_roster" },
            kpiPack = new { id = "nretp-cluster-kpis" },
            clusters = "all",
            reviewers = new
            {
                districts = new Dictionary<string, string[]> { ["budaun"] = [round.BudaunReviewer.UserName] },
                states = new Dictionary<string, string[]> { ["uttar-pradesh"] = [round.UpReviewer.UserName] },
            },
        }));
        await Ok(admin.PostAsJsonAsync($"/api/programs/{program}/rounds", new { period = Period, planId = "report-monthly", dueDate = "2099-12-10" }));
        return round;
    }

    /// <summary>The Budaun cluster: started, saved, submitted, returned by the district with <paramref name="returnComment"/>, resubmitted, approved at both levels.</summary>
    public async Task ApproveBudaunAfterAReturnAsync(string returnComment)
    {
        var tsa = await host.ClientAsAsync(BudaunTsa);
        var district = await host.ClientAsAsync(BudaunReviewer);
        var state = await host.ClientAsAsync(UpReviewer);
        await FireAsync(tsa, Budaun, "start");
        await SaveAsync(tsa, Budaun, Data);
        await FireAsync(tsa, Budaun, "submit");
        await FireAsync(district, Budaun, "startReview");
        await FireAsync(district, Budaun, "return", returnComment);
        await FireAsync(tsa, Budaun, "resubmit");
        await FireAsync(district, Budaun, "startReview");
        await FireAsync(district, Budaun, "approve");
        await FireAsync(state, Budaun, "approve");
    }

    public async Task StartDhamtariAsync() => await FireAsync(await host.ClientAsAsync(DhamtariTsa), Dhamtari, "start");

    private string Submission(string cluster) => $"/api/programs/{program}/rounds/{Period}/submissions/{cluster}";

    private async Task<long> RevisionAsync(HttpClient client, string cluster) =>
        (await client.GetFromJsonAsync<JsonElement>(Submission(cluster))).GetProperty("revision").GetInt64();

    private async Task SaveAsync(HttpClient client, string cluster, object data) =>
        await Ok(client.PutAsJsonAsync($"{Submission(cluster)}/draft", new { data, basedOnRevision = await RevisionAsync(client, cluster), requestId = Guid.NewGuid().ToString("N") }));

    private async Task FireAsync(HttpClient client, string cluster, string trigger, string? comment = null) =>
        await Ok(client.PostAsJsonAsync($"{Submission(cluster)}/actions/{trigger}", new { comment, basedOnRevision = await RevisionAsync(client, cluster), requestId = Guid.NewGuid().ToString("N") }));

    private static async Task Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static object Cluster(string id, string name, string state, string district, string block, string tsa) =>
        new { id, name, type = "artisanal", state, district, block, tsaId = tsa };

    private static readonly object ClusterForm = new
    {
        id = "report_cluster",
        version = 1,
        title = new { en = "Cluster, monthly" },
        fields = new object[] { new { name = "trainings_held", type = "Integer", required = true, min = 0, label = new { en = "Trainings held" } } },
    };

    private static readonly object RosterForm = new
    {
        id = "report_roster",
        version = 1,
        title = new { en = "Enterprise roster" },
        choiceLists = new object[] { new { name = "statuses", choices = new object[] { new { name = "active", label = new { en = "Active" } }, new { name = "closed", label = new { en = "Closed" } } } } },
        fields = new object[]
        {
            new
            {
                name = "roster", type = "Repeat", label = new { en = "Enterprises" },
                children = new object[]
                {
                    new { name = "enterprise_id", type = "Text", required = true, label = new { en = "Enterprise id" } },
                    new { name = "status", type = "SelectOne", choiceList = "statuses", required = true, label = new { en = "Status" } },
                    new { name = "revenue_total", type = "Decimal", min = 0, label = new { en = "Revenue" } },
                },
            },
        },
    };
}
