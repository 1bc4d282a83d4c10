using Npgsql;

namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL server that ./test.sh starts on 127.0.0.1. Each test gets a database of
/// its own. Without the server these tests fail and say how to run them; they are never skipped.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "CLUSTERWORKFLOW_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL server and sets it.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"cw_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }
}
