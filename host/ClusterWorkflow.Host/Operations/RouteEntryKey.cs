namespace ClusterWorkflow.Host.Operations;

/// <summary>Two entries are the same route when method and template are (a page with two templates is two routes).</summary>
internal sealed class RouteEntryKey : IEqualityComparer<RouteEntry>
{
    public static RouteEntryKey Comparer { get; } = new();

    public bool Equals(RouteEntry? x, RouteEntry? y) =>
        x is not null && y is not null && x.Method == y.Method && x.Route == y.Route;

    public int GetHashCode(RouteEntry obj) => HashCode.Combine(obj.Method, obj.Route);
}
