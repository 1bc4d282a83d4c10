using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Kpis;

public sealed class KpiCheckCliTests
{
    [Fact]
    public async Task PilotPackPassesTheCheck()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120),
            "kpi", "check", Path.Combine(RepoPaths.Root, "plugins", "nretp-cluster-kpis"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Pack 'nretp-cluster-kpis' 1.0.0: 25 KPIs, valid.", output);
    }

    [Fact]
    public async Task PackWithACycleFailsNamingTheKpis()
    {
        var folder = Directory.CreateTempSubdirectory("cw-kpi-cycle-").FullName;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """
            { "id": "cycle", "version": "1.0.0", "name": { "en": "Cycle" },
              "inputs": { "cluster": [], "roster": [] },
              "kpis": [
                { "id": "alpha", "name": { "en": "Alpha" }, "unit": "count", "direction": "up", "goals": ["continuity"], "kind": "custom", "rollup": "sum", "formula": "kpi('beta') + 1" },
                { "id": "beta", "name": { "en": "Beta" }, "unit": "count", "direction": "up", "goals": ["continuity"], "kind": "custom", "rollup": "sum", "formula": "kpi('alpha') + 1" } ] }
            """);

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120), "kpi", "check", folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("alpha", output);
        Assert.Contains("beta", output);
        Assert.Contains("would be refused", output);
    }

    [Fact]
    public async Task MissingFolderIsAClearError()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60), "kpi", "check", "/no/such/pack");

        Assert.Equal(1, exitCode);
        Assert.Contains("there is no folder '/no/such/pack'", output);
    }
}
