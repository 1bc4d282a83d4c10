using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Storage;

public sealed class MultiSiloTests
{
    [Fact]
    public async Task TwoSilosOnPostgresFormOneClusterAndSurviveTheLossOfOne()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var first = await HostProcess.StartAsync("--store", "postgres", "--postgres", database);
        await using var second = await HostProcess.StartAsync("--store", "postgres", "--postgres", database);

        await WaitUntilAsync(async () => await first.ActiveSilosAsync() == 2 && await second.ActiveSilosAsync() == 2,
            "both silos to see two active silos");

        // Written through one silo, read through the other: the same grain, in the same activation.
        await PilotRequests.CreateProgramWithClusterAsync(first.Http, "nretp", "budaun-zari-01");
        var viaSecond = await second.Http.GetFromJsonAsync<JsonElement>("/api/clusters/budaun-zari-01");
        Assert.Equal("Budaun", viaSecond.GetProperty("district").GetString());
        var hostViaFirst = await first.Http.GetStringAsync("/api/clusters/budaun-zari-01/host");
        var hostViaSecond = await second.Http.GetStringAsync("/api/clusters/budaun-zari-01/host");
        Assert.Equal(hostViaFirst, hostViaSecond);

        // Kill the silo that hosts the grain; the survivor re-activates it with its persisted state.
        var firstSilo = (await first.Http.GetFromJsonAsync<JsonElement>("/health")).GetProperty("silo").GetString();
        var (victim, survivor) = hostViaFirst.Contains(firstSilo!) ? (first, second) : (second, first);
        await victim.KillAsync();

        JsonElement afterLoss = default;
        await WaitUntilAsync(async () =>
        {
            using var response = await survivor.Http.GetAsync("/api/clusters/budaun-zari-01");
            if (!response.IsSuccessStatusCode) return false;
            afterLoss = await response.Content.ReadFromJsonAsync<JsonElement>();
            return true;
        }, "the survivor to answer for the cluster");
        Assert.Equal("Ujhani", afterLoss.GetProperty("block").GetString());
        Assert.DoesNotContain(hostViaFirst, await survivor.Http.GetStringAsync("/api/clusters/budaun-zari-01/host"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition()) return;
            }
            catch (HttpRequestException)
            {
                // the cluster is still rearranging itself
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"Gave up waiting for {what}.");
    }
}
