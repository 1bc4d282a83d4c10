using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Hosting;

public sealed class StartupFailureTests
{
    [Fact]
    public async Task UnwritableDataFolderFailsWithAClearMessage()
    {
        // Tests may run as root, who can write anywhere; a folder below a regular file cannot exist for anyone.
        var file = Path.GetTempFileName();
        var dataDir = Path.Combine(file, "data");

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60),
            "--data-dir", dataDir, "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Equal(1, exitCode);
        Assert.Contains($"Cannot write to the data folder '{dataDir}'", output);
        Assert.Contains("--data-dir", output);
        Assert.DoesNotContain("   at ", output); // no stack trace
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringFailsWithAClearMessage()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60),
            "--store", "postgres", "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Equal(1, exitCode);
        Assert.Contains("--store postgres needs a connection string", output);
    }

    [Fact]
    public async Task UnknownCommandPrintsUsage()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60), "frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown command 'frobnicate'", output);
        Assert.Contains("usage:", output);
    }
}
