using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Storage;

public sealed class RestartTests
{
    [Fact]
    public async Task ClusterSurvivesAFullHostRestartOnSqlite()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-restart-").FullName;

        await using (var first = await HostProcess.StartAsync("--data-dir", dataDir))
        {
            await PilotRequests.CreateProgramWithClusterAsync(first.Http, "nretp", "budaun-zari-01");
            await first.StopAsync();
            Assert.Equal(0, first.ExitCode);
        }

        Assert.True(File.Exists(Path.Combine(dataDir, "clusterworkflow.db")));
        await using var second = await HostProcess.StartAsync("--data-dir", dataDir);
        await AssertClusterIsThereAsync(second.Http);
    }

    [Fact]
    public async Task ClusterSurvivesAFullHostRestartOnPostgres()
    {
        var database = await TestPostgres.CreateDatabaseAsync();

        await using (var first = await HostProcess.StartAsync("--store", "postgres", "--postgres", database))
        {
            await PilotRequests.CreateProgramWithClusterAsync(first.Http, "nretp", "budaun-zari-01");
            await first.StopAsync();
        }

        await using var second = await HostProcess.StartAsync("--store", "postgres", "--postgres", database);
        await AssertClusterIsThereAsync(second.Http);
    }

    private static async Task AssertClusterIsThereAsync(HttpClient http)
    {
        var cluster = await http.GetFromJsonAsync<JsonElement>("/api/clusters/budaun-zari-01");
        Assert.Equal("Budaun", cluster.GetProperty("district").GetString());
        Assert.Equal("tsa-budaun", cluster.GetProperty("tsaId").GetString());
        Assert.Equal("artisanal", cluster.GetProperty("type").GetString());

        var program = await http.GetFromJsonAsync<JsonElement>("/api/programs/nretp");
        Assert.Equal(["budaun-zari-01"], program.GetProperty("clusterIds").EnumerateArray().Select(e => e.GetString()));

        // Creating the same program again changes nothing; another name for it is a conflict.
        var again = await http.PostAsJsonAsync("/api/programs", new { id = "nretp", name = "Another name" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
