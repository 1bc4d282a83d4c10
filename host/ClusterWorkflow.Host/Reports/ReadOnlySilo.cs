using ClusterWorkflow.Host.Hosting;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// A silo of its own on a stored program, for the <c>report</c> verb. It reads the same store as the
/// host (same ServiceId, so the same rows) but forms a cluster of one under another ClusterId, on free
/// ports, with in-memory reminders: it never joins or disturbs a running host, and reading reports
/// writes no grain state. A running host may keep serving while the verb reads.
/// </summary>
internal static class ReadOnlySilo
{
    public static async Task<WebApplication> StartAsync(IReadOnlyDictionary<string, string?> storeSettings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?>(storeSettings)
        {
            [$"{HostSettings.Section}:ClusterId"] = $"report-verb-{Environment.ProcessId}",
            [$"{HostSettings.Section}:SiloPort"] = FreePorts.NextText(),
            [$"{HostSettings.Section}:GatewayPort"] = FreePorts.NextText(),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Error",
            ["Logging:LogLevel:Microsoft"] = "Error",
        };
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddClusterWorkflowDomain().AddClusterWorkflowSilo().AddClusterWorkflowReports();
        // Reminders stay in this process: a round activated here must not take part in the host's overdue checks.
        builder.UseOrleans(silo => silo.UseInMemoryReminderService());
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
