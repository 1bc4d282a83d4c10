using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Formatting;

/// <summary>Shows a KPI value and its change according to the KPI's unit (see <see cref="KpiUnits"/>).</summary>
public static class KpiValueFormat
{
    /// <summary>Full precision for tables a reviewer checks: <c>₹12,34,567</c>, <c>45.2%</c>, <c>1,234 persons</c>.</summary>
    public static string Full(double? value, string? unit) => unit switch
    {
        KpiUnits.Percent => IndianNumberFormat.Percent(value),
        KpiUnits.Rupees => IndianNumberFormat.Rupees(value),
        KpiUnits.RupeesPerDay => WithUnit(IndianNumberFormat.Rupees(value), "/day"),
        KpiUnits.Count or "" or null => IndianNumberFormat.Group(value, DecimalsFor(value)),
        _ => WithUnit(IndianNumberFormat.Group(value, DecimalsFor(value)), " " + unit),
    };

    /// <summary>Compact for summaries: rupees in lakh and crore, no unit words.</summary>
    public static string Short(double? value, string? unit) => unit switch
    {
        KpiUnits.Percent => IndianNumberFormat.Percent(value),
        KpiUnits.Rupees => IndianNumberFormat.RupeesShort(value),
        KpiUnits.RupeesPerDay => IndianNumberFormat.Rupees(value),
        _ => IndianNumberFormat.Short(value),
    };

    /// <summary>
    /// A change in words: percentage points for a percentage KPI (<c>+3.1 pp</c>), otherwise the
    /// relative change (<c>+12.5%</c>), or the absolute one when the baseline was zero.
    /// </summary>
    public static string Change(KpiChange? change, string? unit)
    {
        if (change is null)
        {
            return IndianNumberFormat.Missing;
        }

        if (unit == KpiUnits.Percent)
        {
            return Signed(change.Absolute * 100, IndianNumberFormat.Group(Math.Abs(change.Absolute * 100), 1)) + " pp";
        }

        return change.Relative is { } relative
            ? Signed(relative, IndianNumberFormat.Percent(Math.Abs(relative)))
            : Signed(change.Absolute, Short(Math.Abs(change.Absolute), unit));
    }

    private static string Signed(double value, string magnitude) =>
        !magnitude.Any(c => c is >= '1' and <= '9') ? magnitude : (value < 0 ? "−" : "+") + magnitude;

    private static int DecimalsFor(double? value) =>
        value is { } number && double.IsFinite(number) && Math.Abs(number - Math.Round(number)) > 1e-9 ? 1 : 0;

    private static string WithUnit(string text, string suffix) =>
        text == IndianNumberFormat.Missing ? text : text + suffix;
}
