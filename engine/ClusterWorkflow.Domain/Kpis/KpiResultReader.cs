using System.Globalization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Turns what a formula returned into a <see cref="KpiValue"/>, or an error for that KPI when the
/// answer does not fit its kind (a ratio must return <c>ratio(n, d)</c>, a count a whole number ≥ 0).
/// A zero denominator is "no value", never 0 and never infinity.
/// </summary>
internal static class KpiResultReader
{
    public const string ZeroDenominator = "No value: the denominator is zero.";

    public static KpiValue Read(KpiDefinition kpi, object? raw)
    {
        switch (raw)
        {
            case null:
                return new KpiValue { KpiId = kpi.Id };
            case double number when kpi.Kind == KpiKind.Ratio:
                return Fail(kpi, $"The formula returned the number {Show(number)}, but a ratio KPI must return ratio(numerator, denominator) so that it rolls up correctly.");
            case double number when kpi.Kind == KpiKind.Count && (number < 0 || number % 1 != 0):
                return Fail(kpi, $"The formula returned {Show(number)}, but a count must be a whole number of 0 or more.");
            case double number:
                return Rated(kpi, new KpiValue { KpiId = kpi.Id, Value = number });
            case Dictionary<string, object?> parts when IsRatio(parts, out var numerator, out var denominator):
                return kpi.Kind is KpiKind.Count or KpiKind.Sum
                    ? Fail(kpi, $"The formula returned ratio(...), but a {kpi.Kind.ToString().ToLowerInvariant()} KPI must return a number.")
                    : Rated(kpi, new KpiValue
                    {
                        KpiId = kpi.Id,
                        Numerator = numerator,
                        Denominator = denominator,
                        Value = denominator == 0 ? null : numerator / denominator * kpi.Factor,
                        Note = denominator == 0 ? ZeroDenominator : null,
                    });
            case string text:
                return Fail(kpi, $"The formula returned the text \"{Truncate(text)}\"; a KPI must return a number{(kpi.Kind == KpiKind.Ratio ? " (a ratio KPI: ratio(numerator, denominator))" : "")} or null for no value.");
            case bool flag:
                return Fail(kpi, $"The formula returned {(flag ? "true" : "false")}; a KPI must return a number or null for no value.");
            default:
                return Fail(kpi, "The formula returned a list or a record; a KPI must return a number, ratio(numerator, denominator), or null for no value.");
        }
    }

    public static KpiValue Fail(KpiDefinition kpi, string message, int? line = null, int? column = null) => new()
    {
        KpiId = kpi.Id,
        Error = new KpiProblem(kpi.Id, kpi.FormulaSource, message, line, column),
    };

    private static KpiValue Rated(KpiDefinition kpi, KpiValue value) => value with { Rating = KpiRatings.Rate(kpi, value.Value) };

    private static bool IsRatio(Dictionary<string, object?> parts, out double numerator, out double denominator)
    {
        numerator = denominator = 0;
        if (parts.Count != 2 || parts.GetValueOrDefault("numerator") is not double n || parts.GetValueOrDefault("denominator") is not double d)
        {
            return false;
        }
        (numerator, denominator) = (n, d);
        return true;
    }

    private static string Show(double number) => number.ToString("G10", CultureInfo.InvariantCulture);

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
