using System.Globalization;
using ClusterWorkflow.Domain.Reporting.Charts;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Functions;

/// <summary>Functions that make markup for HTML reports; what they return is written unescaped.</summary>
internal static class HtmlReportFunctions
{
    /// <summary><c>{{ badge kpi.status }}</c> → a coloured pill saying Green, Amber or Red.</summary>
    public static Markup Badge(object? status)
    {
        var rag = CommonReportFunctions.Status(status) ?? RagStatus.None;
        var text = rag == RagStatus.None ? "no target" : rag.ToString();
        return new Markup($"<span class=\"badge {CommonReportFunctions.RagClass(rag)}\">{text}</span>");
    }

    /// <summary><c>{{ change kpi.change_vs_previous kpi.unit }}</c> → ▲ +12.5%, green when better, red when worse.</summary>
    public static Markup Change(object? change, string? unit)
    {
        var text = HtmlText.Escape(CommonReportFunctions.ChangeText(change, unit));
        var arrow = (change as KpiChange)?.Absolute switch
        {
            > 0 => "▲ ",
            < 0 => "▼ ",
            _ => "",
        };
        return new Markup($"<span class=\"change {CommonReportFunctions.ChangeClass(change)}\">{arrow}{text}</span>");
    }

    /// <summary><c>{{ line_chart kpi.trend kpi.unit }}</c> → an inline SVG trend line.</summary>
    public static Markup LineChart(object? points, string? unit = null, int width = 320, int height = 110) =>
        new(SvgLineChart.Render(ChartNumbers.Items(points).OfType<TrendPoint>().ToList(), unit, Math.Clamp(width, 120, 1600), Math.Clamp(height, 60, 800)));

    /// <summary><c>{{ bar_chart names values "%" }}</c> → inline SVG horizontal bars.</summary>
    public static Markup BarChart(object? labels, object? values, string? unit = null, int width = 520) =>
        new(SvgBarChart.Render(
            ChartNumbers.Items(labels).Select(l => l?.ToString() ?? "").ToList(),
            ChartNumbers.Items(values).Select(ChartNumbers.ToDouble).ToList(),
            unit,
            Math.Clamp(width, 240, 1600)));

    /// <summary><c>{{ progress_bar approved total }}</c> → a thin bar filled to approved ÷ total.</summary>
    public static Markup ProgressBar(object? done, object? total)
    {
        var whole = ChartNumbers.ToDouble(total) ?? 0;
        var part = ChartNumbers.ToDouble(done) ?? 0;
        var share = whole > 0 ? Math.Clamp(part / whole, 0, 1) : 0;
        var percent = (share * 100).ToString("0.#", CultureInfo.InvariantCulture);
        return new Markup($"<span class=\"progress\" title=\"{HtmlText.Escape(IndianNumberFormat.Percent(share))}\"><span style=\"width:{percent}%\"></span></span>");
    }
}
