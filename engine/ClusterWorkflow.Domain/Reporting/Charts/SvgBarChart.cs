using System.Text;
using ClusterWorkflow.Domain.Reporting.Formatting;

namespace ClusterWorkflow.Domain.Reporting.Charts;

/// <summary>Horizontal bars as inline SVG, one labelled row per value, the value printed after its bar.</summary>
public static class SvgBarChart
{
    private const int RowHeight = 24;
    private const int LabelWidth = 150;
    private const int ValueWidth = 90;

    public static string Render(IReadOnlyList<string> labels, IReadOnlyList<double?> values, string? unit, int width = 520)
    {
        var rows = Math.Min(labels.Count, values.Count);
        var height = Math.Max(rows, 1) * RowHeight + 4;
        var largest = values.Take(rows).Select(v => v is { } x && double.IsFinite(x) ? Math.Abs(x) : 0).DefaultIfEmpty(0).Max();
        var barSpace = width - LabelWidth - ValueWidth;
        var svg = new StringBuilder(256 + (rows * 256));
        svg.Append($"<svg class=\"chart bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">");
        for (var i = 0; i < rows; i++)
        {
            var y = (i * RowHeight) + 4;
            var value = values[i] is { } v && double.IsFinite(v) ? v : (double?)null;
            var length = largest > 0 && value is { } positive && positive > 0 ? Math.Max(1, barSpace * positive / largest) : 0;
            var text = HtmlText.Escape(KpiValueFormat.Short(value, unit));
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 13}\" text-anchor=\"end\" class=\"label\">{HtmlText.Escape(labels[i])}</text>");
            svg.Append($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{ChartNumbers.Coordinate(length)}\" height=\"{RowHeight - 8}\" rx=\"2\" class=\"bar\"><title>{HtmlText.Escape(labels[i])}: {text}</title></rect>");
            svg.Append($"<text x=\"{ChartNumbers.Coordinate(LabelWidth + length + 6)}\" y=\"{y + 13}\" class=\"value\">{text}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
