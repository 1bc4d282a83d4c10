namespace ClusterWorkflow.Domain.Reporting.Charts;

/// <summary>A trend in eight block characters for Markdown, e.g. <c>▁▃▄▆█</c>; a gap shows as a space.</summary>
public static class TextSparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static string Render(IReadOnlyList<double?> values)
    {
        var known = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToList();
        if (known.Count == 0)
        {
            return "";
        }

        var (min, max) = (known.Min(), known.Max());
        return string.Concat(values.Select(v => v is { } x && double.IsFinite(x)
            ? Blocks[max - min < 1e-12 ? 3 : (int)Math.Round((x - min) / (max - min) * (Blocks.Length - 1))]
            : ' '));
    }
}
