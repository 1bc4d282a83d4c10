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
    public async Task EvaluateRollsUpTheClustersOfADataFile()
    {
        // Turnover: cluster a 4,000, cluster b 1,000; forward-linkage share at state level 2,000 / 5,000 = 40 %.
        var data = Path.Combine(Directory.CreateTempSubdirectory("cw-kpi-eval-").FullName, "data.json");
        File.WriteAllText(data, """
            { "clusters": [
              { "clusterId": "a", "period": "2026-11", "geography": { "state": "up", "district": "budaun", "block": "ujhani" },
                "roster": [ { "enterprise_id": "a1", "status": "active", "revenue_total": 1000, "revenue_via_collective": 1000 },
                            { "enterprise_id": "a2", "status": "active", "revenue_total": 3000, "revenue_via_collective": 0 } ] },
              { "clusterId": "b", "period": "2026-11", "geography": { "state": "up", "district": "budaun", "block": "sahaswan" },
                "roster": [ { "enterprise_id": "b1", "status": "active", "revenue_total": 1000, "revenue_via_collective": 1000 } ] } ] }
            """);

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120),
            "kpi", "evaluate", Path.Combine(RepoPaths.Root, "plugins", "nretp-cluster-kpis"), data);

        Assert.Equal(0, exitCode);
        Assert.Contains("cluster,a,turnover,4000,", output);
        Assert.Contains("state,up,turnover,5000,", output);
        Assert.Contains("state,up,forward_linkage_share,40,2000,5000,", output);
    }

    [Fact]
    public async Task MissingFolderIsAClearError()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60), "kpi", "check", "/no/such/pack");

        Assert.Equal(1, exitCode);
        Assert.Contains("there is no folder '/no/such/pack'", output);
    }
}
