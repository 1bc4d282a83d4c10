using System.Globalization;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.Reporting.Charts;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Functions;

/// <summary>
/// Functions every report template can call, whatever its output format. Scriban exposes them in
/// snake_case (<c>inr_short</c>). Arguments arrive as whatever the template holds, so each function
/// reads them leniently and shows a dash rather than failing on a missing value.
/// </summary>
internal static class CommonReportFunctions
{
    private static readonly TimeSpan IndiaOffset = TimeSpan.FromHours(5.5);

    /// <summary><c>{{ num 1234567 }}</c> → 12,34,567; <c>{{ num 1234.5 1 }}</c> → 1,234.5.</summary>
    public static string Num(object? value, int decimals = 0) => IndianNumberFormat.Group(ChartNumbers.ToDouble(value), decimals);

    /// <summary><c>{{ short 2500000 }}</c> → 25 lakh.</summary>
    public static string Short(object? value) => IndianNumberFormat.Short(ChartNumbers.ToDouble(value));

    /// <summary><c>{{ inr 1234567 }}</c> → ₹12,34,567.</summary>
    public static string Inr(object? value) => IndianNumberFormat.Rupees(ChartNumbers.ToDouble(value));

    /// <summary><c>{{ inr_short 123456789 }}</c> → ₹12.35 crore.</summary>
    public static string InrShort(object? value) => IndianNumberFormat.RupeesShort(ChartNumbers.ToDouble(value));

    /// <summary><c>{{ pct 0.452 }}</c> → 45.2%.</summary>
    public static string Pct(object? fraction, int decimals = 1) => IndianNumberFormat.Percent(ChartNumbers.ToDouble(fraction), decimals);

    /// <summary>A value in its unit, in full: <c>{{ kpi_value kpi.value kpi.unit }}</c>.</summary>
    public static string KpiValue(object? value, string? unit) => KpiValueFormat.Full(ChartNumbers.ToDouble(value), unit);

    /// <summary>A value in its unit, compact (lakh, crore).</summary>
    public static string KpiShort(object? value, string? unit) => KpiValueFormat.Short(ChartNumbers.ToDouble(value), unit);

    /// <summary>A change in words: <c>+3.1 pp</c>, <c>−12.5%</c>, or a dash.</summary>
    public static string ChangeText(object? change, string? unit) => KpiValueFormat.Change(change as KpiChange, unit);

    /// <summary><c>better</c>, <c>worse</c> or <c>flat</c>, for a CSS class or a word.</summary>
    public static string ChangeClass(object? change) => (change as KpiChange)?.Improved switch
    {
        true => "better",
        false => "worse",
        _ => "flat",
    };

    /// <summary>A date for people: <c>3 Dec 2026</c>. Times are shown in India Standard Time.</summary>
    public static string DateText(object? value) => ToDate(value) is { } date
        ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : IndianNumberFormat.Missing;

    /// <summary>A moment for people, in India Standard Time: <c>3 Dec 2026, 14:05 IST</c>.</summary>
    public static string DateTimeText(object? value) => value switch
    {
        DateTimeOffset moment => moment.ToOffset(IndiaOffset).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " IST",
        DateTime moment => new DateTimeOffset(moment.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : moment)
            .ToOffset(IndiaOffset).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " IST",
        _ => DateText(value),
    };

    /// <summary>The financial year of a date: <c>{{ fy submitted_at }}</c> → FY2026-27.</summary>
    public static string Fy(object? value) => ToDate(value) is { } date ? FiscalYear.Containing(date).Label : IndianNumberFormat.Missing;

    /// <summary>A period label for people: <c>2026-11</c> → Nov 2026; <c>FY2026-27 Q3</c> → FY2026-27 Q3 (Oct–Dec 2026).</summary>
    public static string PeriodName(object? label) => Period.Parse(label?.ToString()) is { Period: { } period }
        ? period.DisplayName
        : label?.ToString() ?? "";

    /// <summary><c>Green</c>, <c>Amber</c>, <c>Red</c>, or a dash when there is no target.</summary>
    public static string StatusName(object? status) => Status(status) is { } rag and not RagStatus.None ? rag.ToString() : IndianNumberFormat.Missing;

    /// <summary>A CSS class for a status: <c>rag-green</c>, …, <c>rag-none</c>.</summary>
    public static string RagClass(object? status) => "rag-" + (Status(status) ?? RagStatus.None).ToString().ToLowerInvariant();

    /// <summary>🟢, 🟠 or 🔴 for a status; empty when there is no target.</summary>
    public static string RagSymbol(object? status) => Status(status) switch
    {
        RagStatus.Green => "🟢",
        RagStatus.Amber => "🟠",
        RagStatus.Red => "🔴",
        _ => "",
    };

    internal static RagStatus? Status(object? status) => status switch
    {
        RagStatus rag => rag,
        string text when Enum.TryParse<RagStatus>(text, ignoreCase: true, out var parsed) => parsed,
        _ => null,
    };

    private static DateOnly? ToDate(object? value) => value switch
    {
        DateOnly date => date,
        DateTimeOffset moment => DateOnly.FromDateTime(moment.ToOffset(IndiaOffset).DateTime),
        DateTime moment => DateOnly.FromDateTime(moment),
        string text when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
