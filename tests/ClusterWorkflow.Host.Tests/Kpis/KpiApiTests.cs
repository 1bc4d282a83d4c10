using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Kpis;

[Collection(nameof(SharedHost))]
public sealed class KpiApiTests(SharedHost host)
{
    private const string Pack = "nretp-cluster-kpis";

    private static object Enterprise(string id, string status, string gender, int revenue, int viaCollective) => new
    {
        enterprise_id = id, status, owner_gender = gender, social_category = "OBC",
        workers_family_female = status == "active" ? 1 : 0, workers_family_male = 0, workers_hired_female = 0, workers_hired_male = 0,
        days_operated = 20, person_days = status == "active" ? 20 : 0, revenue_total = revenue, revenue_via_collective = viaCollective,
        raw_material_cost = 0, rm_via_collective = 0, other_costs = 0, wages_paid = 0, loan_outstanding = 0, loan_overdue = 0, trained_this_fy = "no",
    };

    private static object Cluster(string id, string district, params object[] roster) => new
    {
        clusterId = id,
        period = "2026-11",
        geography = new { state = "up", district, block = district + "-block" },
        cluster = new { pc_members = 0, cfc_hours_available = 0, cfc_hours_used = 0 },
        roster,
    };

    [Fact]
    public async Task PilotPackIsListedWithEveryCatalogueKpi()
    {
        await EnsureProgramAsync();
        var packs = await host.Http.GetFromJsonAsync<JsonElement>("/api/programs/kpi-api/kpi-packs");
        var pilot = packs.EnumerateArray().Single(p => p.GetProperty("id").GetString() == Pack);
        Assert.Equal(25, pilot.GetProperty("kpis").GetInt32());
    }

    [Fact]
    public async Task EvaluationComputesClustersAndRollsRatiosUpBySummingNumeratorsAndDenominators()
    {
        await EnsureProgramAsync();
        // Cluster a: turnover 1,000 + 3,000 = 4,000, via collective 1,000 → 25 %.
        // Cluster b: turnover 1,000, via collective 1,000 → 100 %.
        // State: 2,000 / 5,000 = 40 % (the average of the percentages would be 62.5 %).
        var body = new
        {
            clusters = new[]
            {
                Cluster("a", "budaun", Enterprise("a1", "active", "female", 1000, 1000), Enterprise("a2", "active", "male", 3000, 0)),
                Cluster("b", "dhamtari", Enterprise("b1", "active", "female", 1000, 1000), Enterprise("b2", "closed", "female", 0, 0)),
            },
        };

        using var response = await host.Http.PostAsJsonAsync($"/api/programs/kpi-api/kpi-packs/{Pack}/evaluate", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        var clusters = result.GetProperty("clusters").EnumerateArray().ToDictionary(c => c.GetProperty("clusterId").GetString()!);
        Assert.Equal(4000, Value(clusters["a"], "turnover"));
        Assert.Equal(25, Value(clusters["a"], "forward_linkage_share"));
        Assert.Equal(50, Value(clusters["b"], "active_rate"));

        var state = result.GetProperty("rollup").EnumerateArray().Single(n => n.GetProperty("level").GetString() is "state" or "State");
        Assert.Equal(5000, Value(state, "turnover"));
        Assert.Equal(40, Value(state, "forward_linkage_share"));
    }

    [Fact]
    public async Task UploadedPackWithASyntaxErrorIsRefusedNamingTheKpi()
    {
        await EnsureProgramAsync();
        var zip = PackZip(("manifest.json", """
            { "id": "broken", "version": "1.0.0", "name": { "en": "Broken" },
              "inputs": { "cluster": [], "roster": [ { "id": "revenue_total", "type": "number" } ] },
              "kpis": [ { "id": "turnover", "name": { "en": "Turnover" }, "unit": "INR", "direction": "up", "goals": ["revenue"],
                          "kind": "sum", "formula": "sum(roster, 'revenue_total' +" } ] }
            """));
        using var content = new MultipartFormDataContent { { new ByteArrayContent(zip), "file", "broken.zip" } };

        using var response = await host.Http.PostAsync("/api/programs/kpi-api/kpi-packs", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("turnover", problem.GetProperty("detail").GetString());
        var packs = await host.Http.GetFromJsonAsync<JsonElement>("/api/programs/kpi-api/kpi-packs");
        Assert.DoesNotContain(packs.EnumerateArray(), p => p.GetProperty("id").GetString() == "broken");
    }

    private static double Value(JsonElement node, string kpi) => node.GetProperty("values").GetProperty(kpi).GetProperty("value").GetDouble();

    private async Task EnsureProgramAsync() =>
        await host.Http.PostAsJsonAsync("/api/programs", new { id = "kpi-api", name = "KPI API tests" });

    private static byte[] PackZip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
