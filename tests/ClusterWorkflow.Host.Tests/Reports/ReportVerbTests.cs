using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Reports;

/// <summary>The <c>report</c> verb reads a stored round from the data folder while the host that wrote it keeps running.</summary>
public sealed class ReportVerbTests
{
    [Fact]
    public async Task ReportVerbRendersTheRoundSummaryAndTheExportFromTheStoreBesideARunningHost()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-report-verb-").FullName;
        await using var host = await HostProcess.StartAsync("--data-dir", dataDir);
        var round = await ReportRound.OpenAsync(host, "rep-verb");
        await round.ApproveBudaunAfterAReturnAsync("Please confirm the revenue of e-002.");
        var excel = Path.Combine(dataDir, "round.xlsx");

        var (summaryExit, summary) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(180),
            "report", "summary", "--program", round.Program, "--period", ReportRound.Period, "--format", "md", "--data-dir", dataDir);
        var (exportExit, exported) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(180),
            "report", "export", "--program", round.Program, "--period", ReportRound.Period, "--out", excel, "--data-dir", dataDir);

        Assert.True(summaryExit == 0, summary);
        Assert.Contains("| uttar-pradesh | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 1/1 (100.0%) | 0 |", summary);
        Assert.True(exportExit == 0, exported);
        Assert.Contains("cluster 2 rows", exported);
        Assert.Contains("enterprise 3 rows", exported);
        Assert.True(File.Exists(excel));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await host.Admin.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ReportVerbWithoutStoredDataSaysWhereItLooked()
    {
        var empty = Directory.CreateTempSubdirectory("cw-report-empty-").FullName;

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60),
            "report", "summary", "--program", "nretp", "--period", "2026-11", "--data-dir", empty);

        Assert.Equal(1, exitCode);
        Assert.Contains($"there is no stored data in '{empty}'", output);
    }
}
