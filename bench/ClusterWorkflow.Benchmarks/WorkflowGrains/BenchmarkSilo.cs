using System.Net;
using System.Net.Sockets;
using ClusterWorkflow.Grains;
using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace ClusterWorkflow.Benchmarks.WorkflowGrains;

/// <summary>
/// One silo in this process, configured as the host configures its SQLite default: the host's
/// schema in a fresh file (WAL), ADO.NET grain storage with plain-JSON state, localhost clustering.
/// </summary>
internal sealed class BenchmarkSilo(IHost host, string folder) : IAsyncDisposable
{
    private const string SqliteStore = "sqlite";

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchmarkSilo> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cw-bench-").FullName;
        var store = StoreConnection.From(new HostSettings { DataDir = folder });
        await using (var connection = store.Open())
        {
            await SchemaInstaller.ApplyAsync(connection, StoreKind.Sqlite);
        }
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        // Under load Orleans warns of every slow turn; the figures say it better.
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = ("cw-bench", "cw-bench"));
            silo.UseLocalhostClustering(FreePort(), FreePort());
            silo.UseInMemoryReminderService();
            silo.AddAdoNetGrainStorage(SqliteStore, options =>
            {
                options.Invariant = store.Invariant;
                options.ConnectionString = store.ConnectionString;
            });
            silo.Services.AddGrainStorage(StoreNames.Main, (services, _) => new CountingGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(SqliteStore)));
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddClusterWorkflowSerialization();
            silo.AddClusterWorkflowDomainServices();
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
