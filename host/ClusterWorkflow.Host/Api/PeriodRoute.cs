using System.Text.RegularExpressions;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Periods in URLs: a month as <c>2026-11</c>, a financial-year quarter as <c>FY2026-27-Q3</c> (the
/// label <c>FY2026-27 Q3</c> with a hyphen for the space, so URLs need no escaping); the label itself
/// is accepted too. Grains and stored data keep the label.
/// </summary>
public static partial class PeriodRoute
{
    [GeneratedRegex(@"-(Q\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterSuffix();

    /// <summary>The period a URL segment or request field names, or a problem for <paramref name="field"/>.</summary>
    public static (Period? Period, Problem? Problem) Parse(string? value, string field = "period")
    {
        var label = value is null ? null : QuarterSuffix().Replace(value.Trim(), " $1");
        var parsed = Period.Parse(label);
        return parsed.Period is { } period
            ? (period, null)
            : (null, new Problem("invalid-period", $"{parsed.Error} In URLs write a quarter as FY2026-27-Q3.", field));
    }

    /// <summary>The URL form of a period label: <c>FY2026-27 Q3</c> → <c>FY2026-27-Q3</c>.</summary>
    public static string Of(string label) => label.Replace(' ', '-');
}
