using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Pilot;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Demo;

/// <summary>The run command seeds the sample pilot into a store that does not have it, once; <c>--no-seed</c> turns that off.</summary>
public sealed class PilotSeedOnStartTests
{
    // A small pilot keeps the start short; the full one is the default.
    private static readonly string[] Small = ["--ClusterWorkflow:Pilot:ClustersPerDistrict", "1", "--ClusterWorkflow:Pilot:Enterprises", "40"];

    [Fact]
    public async Task FirstStartSeedsThePilotWithHistoryAndAnOpenRoundAndARestartAddsNothing()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-seed-").FullName;
        await using (var host = await HostProcess.StartSeededAsync(["--data-dir", dataDir, .. Small]))
        {
            var program = await host.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot");
            var round = await host.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot/rounds/2026-11");
            var clusters = program.GetProperty("clusterIds").EnumerateArray().Select(c => c.GetString()!).ToList();

            Assert.Equal(["budaun-ujhani-zari-zardozi", "dhamtari-dhamtari-bamboo-craft"], clusters.Order(StringComparer.Ordinal));
            Assert.Equal("open", round.GetProperty("round").GetProperty("status").GetString());
            Assert.Contains("Seeding the sample pilot", host.Output);

            using var tsa = new HttpClient { BaseAddress = host.BaseAddress };
            tsa.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("tsa-budaun-1", PilotUsers.DemoPassword));
            var inbox = await tsa.GetFromJsonAsync<JsonElement>("/api/inbox");
            Assert.Contains(inbox.GetProperty("tasks").EnumerateArray(), t => t.GetRawText().Contains("budaun-ujhani-zari-zardozi", StringComparison.Ordinal));

            var profile = await host.Admin.GetStringAsync("/api/clusters/budaun-ujhani-zari-zardozi/profile-report");
            Assert.Contains("2025-11", profile);
            Assert.Contains("2026-10", profile);
            // The history months' KPIs show before any round of the product was approved.
            Assert.Contains("Active rate", profile);
        }

        await using var again = await HostProcess.StartSeededAsync(["--data-dir", dataDir, .. Small]);
        var users = await again.Admin.GetFromJsonAsync<JsonElement>("/api/users");
        var rounds = await again.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot/rounds");
        var versions = await again.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot/plans/pilot-monthly/versions");

        Assert.Equal(1 + 8, users.GetArrayLength()); // admin + manager, viewer, one TSA, district and state reviewer per district
        Assert.Equal(1, rounds.GetArrayLength());
        Assert.Equal(1, versions.GetArrayLength());
        Assert.DoesNotContain("Seeding the sample pilot", again.Output);
    }

    [Fact]
    public async Task AStoreInUseWithoutThePilotIsNotSeeded()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-seed-in-use-").FullName;
        await using (var first = await HostProcess.StartAsync("--data-dir", dataDir))
        {
            await first.ClientAsAsync(new TestUser("field-officer", ["tsa"], tsaId: "tsa-x"));
        }

        await using var host = await HostProcess.StartSeededAsync(["--data-dir", dataDir, .. Small]);
        using var program = await host.Admin.GetAsync("/api/programs/nretp-pilot");

        Assert.Equal(HttpStatusCode.NotFound, program.StatusCode);
        Assert.Contains("Not seeding the sample pilot: the store has users", host.Output);
        Assert.Equal(2, (await host.Admin.GetFromJsonAsync<JsonElement>("/api/users")).GetArrayLength());
    }

    [Fact]
    public async Task NoSeedLeavesAFreshStoreEmpty()
    {
        await using var host = await HostProcess.StartAsync("--data-dir", Directory.CreateTempSubdirectory("cw-noseed-").FullName);

        using var program = await host.Admin.GetAsync("/api/programs/nretp-pilot");

        Assert.Equal(HttpStatusCode.NotFound, program.StatusCode);
        Assert.Single((await host.Admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray());
    }
}
