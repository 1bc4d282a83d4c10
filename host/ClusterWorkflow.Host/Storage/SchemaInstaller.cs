using System.Data.Common;
using ClusterWorkflow.Host.Hosting;

namespace ClusterWorkflow.Host.Storage;

/// <summary>
/// Applies the project's own schema and the Orleans named queries (Storage/Sql/&lt;Database&gt;/) to a
/// database. Idempotent: tables are created if missing and every query text is upserted, so a second
/// start — or a second silo starting at the same time on PostgreSQL — finds nothing to break.
/// </summary>
public static class SchemaInstaller
{
    public static async Task ApplyAsync(DbConnection connection, StoreKind kind, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Storage", "Sql", kind == StoreKind.Postgres ? "PostgreSQL" : "Sqlite");
        if (!File.Exists(Path.Combine(folder, "schema.sql")))
            throw new HostStartException($"The storage scripts are missing from '{folder}'. Rebuild the host; its build copies them beside the binaries.");

        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync(cancellationToken);

        if (kind == StoreKind.Sqlite)
        {
            // WAL lets readers and the writer work side by side: about 8× the write rate of the
            // default journal (see PITFALLS.md). The mode is stored in the file, so setting it once suffices.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (kind == StoreKind.Postgres)
        {
            // Serializes concurrent installers (several silos starting together); released at commit.
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7310425861);", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, await File.ReadAllTextAsync(Path.Combine(folder, "schema.sql"), cancellationToken), cancellationToken);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "queries"), "*.sql").Order(StringComparer.Ordinal))
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES (@key, @text) " +
                                 "ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;";
            AddParameter(upsert, "key", Path.GetFileNameWithoutExtension(file));
            AddParameter(upsert, "text", await File.ReadAllTextAsync(file, cancellationToken));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
