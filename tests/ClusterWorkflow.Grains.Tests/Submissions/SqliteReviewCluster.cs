using ClusterWorkflow.Grains.Tests.Infrastructure;
using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Storage;
using Microsoft.Data.Sqlite;
using Orleans.TestingHost;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>
/// A test cluster whose grain state lives in a SQLite file through the Orleans ADO.NET provider,
/// with the host's schema and plain-JSON state, and a fixed ServiceId so a new cluster finds the rows.
/// </summary>
internal static class SqliteReviewCluster
{
    public static async Task<string> CreateDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cw-restart-{Guid.NewGuid():N}.db");
        await using var connection = new SqliteConnection(ConnectionString(path));
        await SchemaInstaller.ApplyAsync(connection, StoreKind.Sqlite);
        return path;
    }

    public static async Task<TestCluster> StartAsync(string databasePath)
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = "cw-restart-test";
        builder.Properties["database"] = databasePath;
        builder.AddSiloBuilderConfigurator<SqliteSilo>();
        builder.AddClientBuilderConfigurator<DomainJsonClient>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();

    private sealed class SqliteSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var path = silo.Configuration["database"] ?? throw new InvalidOperationException("The test cluster has no database path.");
            silo.AddAdoNetGrainStorage(StoreNames.Main, options =>
                {
                    options.Invariant = "System.Data.SQLite";
                    options.ConnectionString = ConnectionString(path);
                })
                .UseSystemTextJsonGrainStorageSerializer()
                .UseInMemoryReminderService()
                .AddClusterWorkflowSerialization()
                .AddClusterWorkflowDomainServices();
        }
    }
}
