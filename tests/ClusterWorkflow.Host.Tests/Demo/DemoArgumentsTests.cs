using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Demo;

/// <summary>The demo command answers bad arguments with every problem and the usage, and starts nothing.</summary>
public sealed class DemoArgumentsTests
{
    [Fact]
    public async Task DemoWithoutOutAndWithBadNumbersListsEveryProblemAndExitsWithTwo()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60),
            "demo", "--enterprises", "0", "--clusters-per-district", "ten", "--colour", "blue");

        Assert.Equal(2, exitCode);
        Assert.Contains("say where the reports go with --out DIR", output);
        Assert.Contains("--enterprises '0' must be a whole number from 1 to 9999", output);
        Assert.Contains("--clusters-per-district 'ten' must be a whole number from 1 to 999", output);
        Assert.Contains("unknown option --colour", output);
        Assert.Contains("usage: ClusterWorkflow.Host demo --out DIR", output);
    }

    [Fact]
    public async Task DemoIntoAnOutFolderItCannotWriteSaysWhichAndExitsWithOne()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60), "demo", "--out", "/proc/cw-demo-out");

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot write the reports to '/proc/cw-demo-out'", output);
        Assert.Contains("choose another folder with --out DIR", output);
    }

    [Fact]
    public async Task DemoOnAStoreSeededWithOtherSizesSaysSoAndExitsWithOne()
    {
        var dataDir = Directory.CreateTempSubdirectory("cw-demo-mismatch-").FullName;
        var outDir = Directory.CreateTempSubdirectory("cw-demo-mismatch-out-").FullName;
        var (firstExit, first) = await HostProcess.RunToEndAsync(TimeSpan.FromMinutes(5),
            "demo", "--out", outDir, "--data-dir", dataDir, "--clusters-per-district", "1", "--enterprises", "20");
        Assert.True(firstExit == 0, first);

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromMinutes(5),
            "demo", "--out", outDir, "--data-dir", dataDir, "--clusters-per-district", "1", "--enterprises", "20", "--seed", "7");

        Assert.Equal(1, exitCode);
        Assert.Contains("was seeded with another --seed or other sizes", output);
    }
}
