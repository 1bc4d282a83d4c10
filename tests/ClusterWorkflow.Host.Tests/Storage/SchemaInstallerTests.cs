using System.Data.Common;
using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Storage;
using ClusterWorkflow.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClusterWorkflow.Host.Tests.Storage;

public sealed class SchemaInstallerTests
{
    [Fact]
    public async Task SqliteSchemaCanBeAppliedTwice()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cw-schema-").FullName, "twice.db");
        await using var connection = new SqliteConnection($"Data Source={file}");

        await SchemaInstaller.ApplyAsync(connection, StoreKind.Sqlite);
        await SchemaInstaller.ApplyAsync(connection, StoreKind.Sqlite);

        Assert.Equal(QueryFiles("Sqlite"), await QueryKeysAsync(connection));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task PostgresSchemaCanBeAppliedTwice()
    {
        await using var connection = new NpgsqlConnection(await TestPostgres.CreateDatabaseAsync());

        await SchemaInstaller.ApplyAsync(connection, StoreKind.Postgres);
        await SchemaInstaller.ApplyAsync(connection, StoreKind.Postgres);

        Assert.Equal(QueryFiles("PostgreSQL"), await QueryKeysAsync(connection));
        Assert.Equal("4", await ScalarAsync(connection,
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN " +
            "('orleansstorage', 'orleansmembershiptable', 'orleansmembershipversiontable', 'orleansreminderstable')"));
    }

    [Fact]
    public async Task PostgresSchemaAppliedConcurrentlyBySeveralSilosSucceeds()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(database);
            await SchemaInstaller.ApplyAsync(connection, StoreKind.Postgres);
        }));

        await using var check = new NpgsqlConnection(database);
        Assert.Equal(QueryFiles("PostgreSQL"), await QueryKeysAsync(check));
    }

    private static List<string> QueryFiles(string database) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "host", "ClusterWorkflow.Host", "Storage", "Sql", database, "queries"), "*.sql")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<List<string>> QueryKeysAsync(DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey FROM OrleansQuery";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
