namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>Compares problem sort keys element by element, so problems come out in form order, row by row.</summary>
internal sealed class SortKeyComparer : IComparer<int[]>
{
    public static readonly SortKeyComparer Instance = new();

    public int Compare(int[]? x, int[]? y)
    {
        x ??= [];
        y ??= [];
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = x[i].CompareTo(y[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return x.Length.CompareTo(y.Length);
    }
}
