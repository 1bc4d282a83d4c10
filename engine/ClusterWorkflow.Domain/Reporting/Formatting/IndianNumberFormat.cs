using System.Globalization;
using System.Text;

namespace ClusterWorkflow.Domain.Reporting.Formatting;

/// <summary>
/// Numbers the way Indian readers expect them: the last three digits, then groups of two
/// (12,34,567), and lakh (1,00,000) and crore (1,00,00,000) in summaries. Written by hand rather
/// than through the en-IN culture so the output is the same on every machine, ICU or not.
/// </summary>
public static class IndianNumberFormat
{
    /// <summary>Shown where a value is missing or not a number.</summary>
    public const string Missing = "—";

    private const decimal Lakh = 1_00_000m;
    private const decimal Crore = 1_00_00_000m;

    /// <summary>Indian digit grouping with a fixed number of decimals: 1234567.891 → <c>12,34,567.89</c>; −0.001 → <c>0.00</c>.</summary>
    public static string Group(double? value, int decimals = 0) =>
        ToDecimal(value) is { } number ? Group(number, decimals) : Missing;

    /// <inheritdoc cref="Group(double?, int)"/>
    public static string Group(decimal value, int decimals = 0)
    {
        decimals = Math.Clamp(decimals, 0, 6);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("F" + decimals, CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.');
        var integer = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? string.Empty : digits[point..];

        var builder = new StringBuilder(digits.Length + 8);
        if (rounded < 0)
        {
            builder.Append('-');
        }

        var head = integer.Length > 3 ? integer[..^3] : string.Empty;
        var firstPair = head.Length % 2;
        for (var i = 0; i < head.Length; i++)
        {
            if (i > 0 && (i - firstPair) % 2 == 0)
            {
                builder.Append(',');
            }

            builder.Append(head[i]);
        }

        if (head.Length > 0)
        {
            builder.Append(',');
        }

        return builder.Append(integer.Length > 3 ? integer[^3..] : integer).Append(fraction).ToString();
    }

    /// <summary>
    /// Short form for summaries: below one lakh the grouped number, then lakh and crore with up to
    /// two decimals: 250000 → <c>2.5 lakh</c>, 123456789 → <c>12.35 crore</c>.
    /// </summary>
    public static string Short(double? value)
    {
        if (ToDecimal(value) is not { } number)
        {
            return Missing;
        }

        var size = Math.Abs(number);
        return size >= Crore ? Trimmed(number / Crore) + " crore"
            : size >= Lakh ? Trimmed(number / Lakh) + " lakh"
            : Group(number);
    }

    /// <summary>Rupees, whole: <c>₹12,34,567</c>; negative amounts as <c>-₹500</c>.</summary>
    public static string Rupees(double? value) => ToDecimal(value) is { } number
        ? (Math.Round(number) < 0 ? "-₹" : "₹") + Group(Math.Abs(number))
        : Missing;

    /// <summary>Rupees in short form: <c>₹2.5 lakh</c>, <c>₹12.35 crore</c>.</summary>
    public static string RupeesShort(double? value) => ToDecimal(value) is { } number
        ? (number < 0 && Short(value) != "0" ? "-₹" : "₹") + Short((double)Math.Abs(number))
        : Missing;

    /// <summary>A fraction as a percentage: 0.4523 → <c>45.2%</c>.</summary>
    public static string Percent(double? fraction, int decimals = 1) => ToDecimal(fraction) is { } number
        ? Group(number * 100m, decimals) + "%"
        : Missing;

    private static string Trimmed(decimal value)
    {
        var text = Group(value, 2);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    private static decimal? ToDecimal(double? value)
    {
        if (value is not { } number || double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) >= 7.9e27)
        {
            return null;
        }

        return (decimal)number;
    }
}
