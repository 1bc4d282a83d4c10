using System.Text;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Charts;

/// <summary>
/// A small trend line as inline SVG: one point per round, gaps where a round has no value, the
/// range of values on the left and the first and last period below. No script, no web font.
/// </summary>
public static class SvgLineChart
{
    private const double Left = 64;
    private const double Right = 14;
    private const double Top = 12;
    private const double Bottom = 22;

    public static string Render(IReadOnlyList<TrendPoint> points, string? unit, int width = 320, int height = 110)
    {
        var values = points.Where(p => p.Value is { } v && double.IsFinite(v)).Select(p => p.Value!.Value).ToList();
        var svg = new StringBuilder(1024);
        svg.Append($"<svg class=\"chart line-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">");
        if (values.Count == 0)
        {
            svg.Append($"<text x=\"{width / 2}\" y=\"{height / 2}\" text-anchor=\"middle\" class=\"muted\">no data yet</text></svg>");
            return svg.ToString();
        }

        var (min, max) = (values.Min(), values.Max());
        if (max - min < 1e-12)
        {
            (min, max) = min == 0 ? (0, 1) : (min - Math.Abs(min) * 0.1, max + Math.Abs(max) * 0.1);
        }

        var plotWidth = width - Left - Right;
        var plotHeight = height - Top - Bottom;
        double X(int index) => points.Count == 1 ? Left + plotWidth / 2 : Left + plotWidth * index / (points.Count - 1);
        double Y(double value) => Top + plotHeight * (1 - (value - min) / (max - min));

        svg.Append($"<title>{HtmlText.Escape(Describe(points, unit))}</title>");
        foreach (var (value, y) in new[] { (max, Top), (min, Top + plotHeight) })
        {
            svg.Append($"<line x1=\"{Left}\" y1=\"{ChartNumbers.Coordinate(y)}\" x2=\"{width - Right}\" y2=\"{ChartNumbers.Coordinate(y)}\" class=\"grid\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{ChartNumbers.Coordinate(y + 4)}\" text-anchor=\"end\" class=\"axis\">{HtmlText.Escape(KpiValueFormat.Short(value, unit))}</text>");
        }

        foreach (var segment in Segments(points))
        {
            var coordinates = segment.Select(i => $"{ChartNumbers.Coordinate(X(i))},{ChartNumbers.Coordinate(Y(points[i].Value!.Value))}");
            svg.Append($"<polyline points=\"{string.Join(' ', coordinates)}\" class=\"line\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is { } value && double.IsFinite(value))
            {
                var last = i == points.Count - 1;
                svg.Append($"<circle cx=\"{ChartNumbers.Coordinate(X(i))}\" cy=\"{ChartNumbers.Coordinate(Y(value))}\" r=\"{(last ? 4 : 2.5).ToString(System.Globalization.CultureInfo.InvariantCulture)}\" class=\"{(last ? "dot last" : "dot")}\"><title>{HtmlText.Escape(points[i].Period)}: {HtmlText.Escape(KpiValueFormat.Full(value, unit))}</title></circle>");
            }
        }

        var baseline = ChartNumbers.Coordinate(height - 6);
        svg.Append($"<text x=\"{ChartNumbers.Coordinate(X(0))}\" y=\"{baseline}\" text-anchor=\"{(points.Count == 1 ? "middle" : "start")}\" class=\"axis\">{HtmlText.Escape(points[0].Period)}</text>");
        if (points.Count > 1)
        {
            svg.Append($"<text x=\"{ChartNumbers.Coordinate(X(points.Count - 1))}\" y=\"{baseline}\" text-anchor=\"end\" class=\"axis\">{HtmlText.Escape(points[^1].Period)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Describe(IReadOnlyList<TrendPoint> points, string? unit) =>
        string.Join(", ", points.Select(p => $"{p.Period}: {KpiValueFormat.Full(p.Value, unit)}"));

    private static IEnumerable<List<int>> Segments(IReadOnlyList<TrendPoint> points)
    {
        var current = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is { } value && double.IsFinite(value))
            {
                current.Add(i);
            }
            else if (current.Count > 0)
            {
                yield return current;
                current = [];
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
