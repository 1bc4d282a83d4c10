using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterWorkflow.Host.Tests.Limits;

/// <summary>
/// Limits an administrator sets through <c>/api/settings/limits</c>: refused out of bounds, enforced on
/// the next request or evaluation (413 for a too large upload or body, the row count for a too long
/// roster, the statement limit for KPI formulas), audited. Each test puts back what it changed.
/// </summary>
public sealed class LimitsApiTests(LimitsHost host) : IClassFixture<LimitsHost>
{
    private const string Program = "limits";

    [Fact]
    public async Task AbsurdLimitsAreRefusedWithTheirBoundsAndNothingIsStored()
    {
        using var response = await host.Admin.PutAsJsonAsync("/api/settings/limits", new
        {
            roster = new { maxRows = 0 },
            scripts = new { maxStatements = 5, maxRecursionDepth = 64 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["roster.maxRows", "scripts.maxStatements"], problems.Select(p => p.GetProperty("field").GetString()));
        Assert.Contains("1,000 .. 100,000,000 statements", problems[1].GetProperty("message").GetString());
        var stored = await host.Admin.GetFromJsonAsync<JsonElement>("/api/settings/limits");
        Assert.Equal(128, stored.GetProperty("limits").GetProperty("scripts").GetProperty("maxRecursionDepth").GetInt32());
        Assert.Equal(2000, stored.GetProperty("limits").GetProperty("roster").GetProperty("maxRows").GetInt32());
    }

    [Fact]
    public async Task ARosterOverTheRowLimitIsRefusedWith413AndTheRowCount()
    {
        await EnsureRosterFormAsync();
        await ChangeAsync(new { roster = new { maxRows = 10 } });
        try
        {
            using var response = await UploadAsync(Csv(rows: 12));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("12 data rows; at most 10", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
            using var within = await UploadAsync(Csv(rows: 10));
            Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        }
        finally
        {
            await ChangeAsync(new { roster = new { maxRows = 2000 } });
        }
    }

    [Fact]
    public async Task AnUploadOrABodyOverTheRequestLimitGets413SayingTheLimitAndNothingIsStored()
    {
        await EnsureRosterFormAsync();
        await ChangeAsync(new { requests = new { maxUploadBytes = 65_536, maxBodyBytes = 65_536 } });
        try
        {
            using var upload = await UploadAsync(Csv(rows: 2, padding: 100_000));
            using var body = await host.Admin.PostAsJsonAsync("/api/programs", new { id = "limits-too-large", name = new string('x', 100_000) });

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
            var detail = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.Contains("65,536 bytes", detail);
            Assert.Contains("PUT /api/settings/limits", detail);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, body.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync("/api/programs/limits-too-large")).StatusCode);
        }
        finally
        {
            await ChangeAsync(new { requests = new { maxUploadBytes = 32L * 1024 * 1024, maxBodyBytes = 8L * 1024 * 1024 } });
        }
    }

    [Fact]
    public async Task ALoweredStatementLimitAppliesToTheNextKpiEvaluationAndIsAudited()
    {
        await EnsureProgramAsync();
        Assert.Null(await TurnoverErrorAsync());

        await ChangeAsync(new { scripts = new { maxStatements = 1_000 } });
        string? lowered;
        try
        {
            lowered = await TurnoverErrorAsync();
        }
        finally
        {
            await ChangeAsync(new { scripts = new { maxStatements = 1_000_000 } });
        }

        Assert.Contains("statement", lowered, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await TurnoverErrorAsync());
        var audit = await host.Admin.GetStringAsync("/api/audit?kind=settings");
        Assert.Contains("scripts.maxStatements: 1,000,000 → 1,000", audit);
    }

    /// <summary>The error of the turnover KPI for a 300-enterprise cluster, or null when it has a value.</summary>
    private async Task<string?> TurnoverErrorAsync()
    {
        var roster = Enumerable.Range(1, 300).Select(i => new { enterprise_id = $"e{i}", status = "active", revenue_total = 1000 }).ToArray();
        var body = new { clusters = new[] { new { clusterId = "c", period = "2026-11", geography = new { state = "up", district = "budaun", block = "ujhani" }, cluster = new { }, roster } } };
        using var response = await host.Admin.PostAsJsonAsync($"/api/programs/{Program}/kpi-packs/nretp-cluster-kpis/evaluate", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var turnover = JsonDocument.Parse(text).RootElement.GetProperty("clusters")[0].GetProperty("values").GetProperty("turnover");
        return turnover.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number ? null : turnover.ToString();
    }

    private async Task ChangeAsync(object change)
    {
        using var response = await host.Admin.PutAsJsonAsync("/api/settings/limits", change);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> UploadAsync(string csv) => LimitsRequests.UploadAsync(host.Admin, Program, csv);

    private static string Csv(int rows, int padding = 0) => LimitsRequests.Csv(rows, padding);

    private Task EnsureProgramAsync() => LimitsRequests.EnsureProgramAsync(host.Admin, Program);

    private Task EnsureRosterFormAsync() => LimitsRequests.EnsureRosterFormAsync(host.Admin, Program);
}
