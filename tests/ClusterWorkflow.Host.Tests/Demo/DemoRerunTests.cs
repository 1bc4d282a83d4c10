using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Demo;

/// <summary>The demo run again on the store of a finished demo: the round is reported, not run again, and nothing doubles.</summary>
[Collection(nameof(DemoRoundFixture))]
public sealed class DemoRerunTests(DemoRoundFixture demo)
{
    [Fact]
    public async Task RunningTheDemoTwiceIntoTheSameDataFolderDoublesNothing()
    {
        Assert.True(demo.ExitCode == 0, demo.Output);
        var outDir = Path.Combine(Directory.CreateTempSubdirectory("cw-demo-rerun-").FullName, "out");

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromMinutes(5), demo.Arguments(outDir, demo.DataDir));

        Assert.True(exitCode == 0, output);
        Assert.Contains("(already in the store)", output);
        Assert.Contains("(0 users created), 0 definitions saved, 0 approved cluster-months of history imported", output);
        Assert.Contains("was closed already", output);
        Assert.Equal(File.ReadAllText(Path.Combine(demo.OutDir, "kpis.csv")), File.ReadAllText(Path.Combine(outDir, "kpis.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(demo.OutDir, "audit.csv")), File.ReadAllText(Path.Combine(outDir, "audit.csv")));

        await using var host = await HostProcess.StartAsync("--data-dir", demo.DataDir);
        var program = await host.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot");
        var users = await host.Admin.GetFromJsonAsync<JsonElement>("/api/users");
        var rounds = await host.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot/rounds");
        var versions = await host.Admin.GetFromJsonAsync<JsonElement>("/api/programs/nretp-pilot/forms/enterprise_roster_monthly/versions");
        var people = demo.Generator.Program.People;

        Assert.Equal(demo.Generator.Program.Clusters.Count, program.GetProperty("clusterIds").GetArrayLength());
        Assert.Equal(people.Select(p => p.Id).Append("admin").Order(StringComparer.Ordinal),
            users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["2026-11"], rounds.EnumerateArray().Select(r => r.GetProperty("period").GetString()));
        Assert.Equal(1, versions.GetArrayLength());
    }
}
