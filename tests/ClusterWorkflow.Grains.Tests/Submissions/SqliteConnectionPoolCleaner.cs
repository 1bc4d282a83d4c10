using Microsoft.Data.Sqlite;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>Pooled SQLite connections keep the file open; clear them before deleting a test database.</summary>
internal static class SqliteConnectionPoolCleaner
{
    public static void Clear() => SqliteConnection.ClearAllPools();
}
