using ClusterWorkflow.Domain.Reporting.Charts;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Functions;

/// <summary>The same function names as <see cref="HtmlReportFunctions"/>, made of text for Markdown reports.</summary>
internal static class MarkdownReportFunctions
{
    /// <summary>🟢 Green, 🟠 Amber, 🔴 Red, or a dash.</summary>
    public static string Badge(object? status) => CommonReportFunctions.Status(status) switch
    {
        RagStatus.Green => "🟢 Green",
        RagStatus.Amber => "🟠 Amber",
        RagStatus.Red => "🔴 Red",
        _ => IndianNumberFormat.Missing,
    };

    /// <summary>▲ +12.5% or ▼ −3.1 pp.</summary>
    public static string Change(object? change, string? unit)
    {
        var text = CommonReportFunctions.ChangeText(change, unit);
        return (change as KpiChange)?.Absolute switch
        {
            > 0 => "▲ " + text,
            < 0 => "▼ " + text,
            _ => text,
        };
    }

    /// <summary>A sparkline with the first and last period: <c>▁▃▅█ (2025-12 → 2026-11)</c>.</summary>
    public static string LineChart(object? points, string? unit = null, int width = 0, int height = 0)
    {
        var trend = ChartNumbers.Items(points).OfType<TrendPoint>().ToList();
        return trend.Count == 0
            ? IndianNumberFormat.Missing
            : $"{TextSparkline.Render(trend.Select(p => p.Value).ToList())} ({trend[0].Period} → {trend[^1].Period})";
    }

    /// <summary>One line per value: label, a bar of up to 20 blocks, the value.</summary>
    public static string BarChart(object? labels, object? values, string? unit = null, int width = 0)
    {
        var names = ChartNumbers.Items(labels).Select(l => l?.ToString() ?? "").ToList();
        var numbers = ChartNumbers.Items(values).Select(ChartNumbers.ToDouble).ToList();
        var largest = numbers.Select(v => v is > 0 ? v.Value : 0).DefaultIfEmpty(0).Max();
        var lines = names.Zip(numbers, (name, value) =>
            $"    {name.PadRight(names.Max(n => n.Length))}  {new string('█', largest > 0 && value is > 0 ? Math.Max(1, (int)Math.Round(20 * value.Value / largest)) : 0)} {KpiValueFormat.Short(value, unit)}");
        return string.Join("\n", lines);
    }

    /// <summary>approved/total and the share: <c>12/20 (60.0%)</c>.</summary>
    public static string ProgressBar(object? done, object? total)
    {
        var whole = ChartNumbers.ToDouble(total) ?? 0;
        var part = ChartNumbers.ToDouble(done) ?? 0;
        return $"{IndianNumberFormat.Group(part)}/{IndianNumberFormat.Group(whole)} ({IndianNumberFormat.Percent(whole > 0 ? part / whole : 0)})";
    }
}
