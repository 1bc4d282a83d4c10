using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;
using ClusterWorkflow.Load.Cli;
using ClusterWorkflow.Load.Round;

namespace ClusterWorkflow.Host.Tests.Operations;

/// <summary>The load tool end to end, kept small: a round of two clusters against one real host.</summary>
public sealed class LoadRoundTests
{
    [Fact]
    public async Task ASmallRoundWithBadInputIsSubmittedApprovedAndPassesTheConsistencyCheck()
    {
        await using var host = await HostProcess.StartAsync("--data-dir", Directory.CreateTempSubdirectory("cw-load-").FullName);
        var report = Path.Combine(Directory.CreateTempSubdirectory("cw-load-report-").FullName, "report.json");
        var (arguments, problems) = LoadArguments.Parse(
        [
            "run", "--url", host.BaseAddress.ToString(), "--admin-password", HostProcess.AdminPassword,
            "--clusters", "2", "--enterprises", "40", "--concurrency", "2", "--bad-input", "0.5",
            "--time-limit", "300", "--program", "load-e2e", "--report", report,
        ]);
        Assert.Empty(problems);
        var output = new StringWriter();

        var exitCode = await RoundRunner.RunAsync(arguments!, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("consistency check: PASSED", output.ToString());
        var figures = JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement;
        Assert.Equal(2, figures.GetProperty("submitted").GetInt64());
        Assert.Equal(2, figures.GetProperty("approved").GetInt64());
        Assert.Empty(figures.GetProperty("errors").EnumerateArray());
        // Cluster 0 carries the bad-input mix: each kind was refused and nothing of it stored.
        var refusals = figures.GetProperty("refusals").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).ToList();
        Assert.Contains(refusals, r => r.StartsWith("malformed draft: 400", StringComparison.Ordinal));
        Assert.Contains(refusals, r => r.StartsWith("oversized upload", StringComparison.Ordinal));
        Assert.Contains(refusals, r => r.StartsWith("looping KPI script: 400", StringComparison.Ordinal));
        Assert.Contains(refusals, r => r.StartsWith("duplicate submit", StringComparison.Ordinal));
        Assert.True(figures.GetProperty("check").GetProperty("rollupChecked").GetBoolean());
    }
}
