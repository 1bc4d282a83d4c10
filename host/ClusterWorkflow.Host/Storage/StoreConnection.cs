using System.Data.Common;
using ClusterWorkflow.Host.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClusterWorkflow.Host.Storage;

/// <summary>The connection string and ADO.NET invariant Orleans gets for the configured store.</summary>
public sealed record StoreConnection(StoreKind Kind, string ConnectionString)
{
    /// <summary>Orleans' name for the provider; for SQLite it loads Microsoft.Data.Sqlite under this name.</summary>
    public string Invariant => Kind == StoreKind.Postgres ? "Npgsql" : "System.Data.SQLite";

    public DbConnection Open() => Kind == StoreKind.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    public static StoreConnection From(HostSettings settings)
    {
        if (settings.StoreKind == StoreKind.Postgres)
        {
            var connectionString = settings.Postgres ?? Environment.GetEnvironmentVariable("CLUSTERWORKFLOW_POSTGRES");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new HostStartException(
                    "--store postgres needs a connection string: pass --postgres \"Host=...;Database=...;Username=...\" " +
                    "or set CLUSTERWORKFLOW_POSTGRES.");
            return new StoreConnection(StoreKind.Postgres, connectionString);
        }

        var dataDir = DataDirectory.EnsureWritable(settings.DataDir);
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, "clusterworkflow.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Writers queue behind each other in WAL mode; wait rather than fail under load.
            DefaultTimeout = 30,
        };
        return new StoreConnection(StoreKind.Sqlite, sqlite.ToString());
    }
}
