namespace ClusterWorkflow.Host.Hosting;

public enum StoreKind
{
    Sqlite,
    Postgres,
}
