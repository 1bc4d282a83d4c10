namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Shared boxes for the small numbers that fill most roster cells (worker counts, days, zeros), so
/// 130,000 rows do not allocate a box per cell. Boxes are immutable, so sharing them is safe.
/// </summary>
internal static class BoxedLong
{
    private const int Cached = 1024;
    private static readonly object[] Boxes = Enumerable.Range(0, Cached).Select(i => (object)(long)i).ToArray();

    public static object Zero { get; } = Boxes[0];

    public static object Of(long value) => value is >= 0 and < Cached ? Boxes[value] : value;
}
