namespace ClusterWorkflow.Host.Hosting;

/// <summary>
/// Where the host keeps its data and how it joins a cluster. Bound from the section
/// <c>ClusterWorkflow</c>; the command line's <c>--store</c>, <c>--data-dir</c>, <c>--postgres</c>,
/// <c>--silo-port</c> and <c>--gateway-port</c> set the same keys.
/// </summary>
public sealed class HostSettings
{
    public const string Section = "ClusterWorkflow";

    /// <summary><c>sqlite</c> (default: one file under <see cref="DataDir"/>, one silo) or <c>postgres</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Folder of the SQLite file and other local data; default <c>./data</c>.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>
    /// Npgsql connection string for <c>--store postgres</c>; also read from the environment variable
    /// <c>CLUSTERWORKFLOW_POSTGRES</c>.
    /// </summary>
    public string? Postgres { get; set; }

    /// <summary>
    /// Stored rows are keyed by ServiceId: it must stay the same across restarts and versions, or
    /// the stored state is orphaned.
    /// </summary>
    public string ServiceId { get; set; } = "clusterworkflow";

    /// <summary>Silos with the same ClusterId (on the same PostgreSQL database) form one cluster.</summary>
    public string ClusterId { get; set; } = "clusterworkflow";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public StoreKind StoreKind => Store.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StoreKind.Sqlite,
        "postgres" or "postgresql" => StoreKind.Postgres,
        _ => throw new HostStartException($"Unknown store '{Store}'. Use --store sqlite (the default) or --store postgres."),
    };

    public string SqliteFile => Path.Combine(Path.GetFullPath(DataDir), "clusterworkflow.db");
}
