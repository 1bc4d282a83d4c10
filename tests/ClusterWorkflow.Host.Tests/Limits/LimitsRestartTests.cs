using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Limits;

public sealed class LimitsRestartTests
{
    [Fact]
    public async Task StoredLimitsAndTheAuditOfTheirChangeAreInForceAfterARestart()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-limits-restart-").FullName;
        await using (var first = await HostProcess.StartAsync("--data-dir", dataDir))
        {
            await LimitsRequests.EnsureRosterFormAsync(first.Admin, "restart");
            (await first.Admin.PutAsJsonAsync("/api/settings/limits", new { roster = new { maxRows = 10 } })).EnsureSuccessStatusCode();
            await first.StopAsync();
        }

        await using var second = await HostProcess.StartAsync("--data-dir", dataDir);
        var limits = await second.Admin.GetFromJsonAsync<JsonElement>("/api/settings/limits");
        using var upload = await LimitsRequests.UploadAsync(second.Admin, "restart", LimitsRequests.Csv(rows: 12));
        var audit = await second.Admin.GetStringAsync("/api/audit?kind=settings");

        Assert.Equal(1, limits.GetProperty("version").GetInt32());
        Assert.Equal(10, limits.GetProperty("limits").GetProperty("roster").GetProperty("maxRows").GetInt32());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Contains("roster.maxRows: 2,000 → 10", audit);
    }
}
