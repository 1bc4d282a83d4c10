using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

/// <summary>The default sample, generated once for all pilot tests.</summary>
internal static class PilotSample
{
    private static readonly Lazy<(PilotProgram Program, List<PilotClusterData> Clusters)> Data = new(() =>
    {
        var generator = new PilotGenerator();
        return (generator.Program, generator.GenerateAll().ToList());
    });

    public static PilotProgram Program => Data.Value.Program;

    public static IReadOnlyList<PilotClusterData> Clusters => Data.Value.Clusters;

    public static IEnumerable<(PilotClusterData Cluster, PilotRosterMonth Month, IReadOnlyDictionary<string, object?> Row)> AllRows() =>
        from cluster in Clusters
        from month in cluster.Months
        from row in month.Rows
        select (cluster, month, row);

    /// <summary>A number cell; the empty cells of a not-traced row count as 0.</summary>
    public static long Long(IReadOnlyDictionary<string, object?> row, string field) => row[field] is long value ? value : 0;

    public static long Workers(IReadOnlyDictionary<string, object?> row) => RosterFields.Workers.Sum(f => Long(row, f));
}
