using ClusterWorkflow.Host.Auth;
using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Pilot;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// The silo the demo runs its round in: the host's grains, storage, users and reports on a SQLite
/// folder, without the web endpoints. It forms a cluster of its own (another ClusterId, free ports,
/// reminders in memory), so it never joins a host that may be running on the same machine.
/// </summary>
internal static class DemoSilo
{
    public static async Task<WebApplication> StartAsync(string dataDir)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{HostSettings.Section}:Store"] = "sqlite",
            [$"{HostSettings.Section}:DataDir"] = dataDir,
            [$"{HostSettings.Section}:ClusterId"] = $"demo-{Environment.ProcessId}",
            [$"{HostSettings.Section}:SiloPort"] = FreePorts.NextText(),
            [$"{HostSettings.Section}:GatewayPort"] = FreePorts.NextText(),
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddClusterWorkflowDomain().AddClusterWorkflowSilo().AddClusterWorkflowUsers().AddClusterWorkflowPilot().AddClusterWorkflowReports();
        builder.UseOrleans(silo => silo.UseInMemoryReminderService());
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
