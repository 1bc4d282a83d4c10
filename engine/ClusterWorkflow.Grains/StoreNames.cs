namespace ClusterWorkflow.Grains;

/// <summary>The names of the grain storage providers the host registers.</summary>
public static class StoreNames
{
    /// <summary>All grain state: SQLite by default, PostgreSQL in production.</summary>
    public const string Main = "main";
}
