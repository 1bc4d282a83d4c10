using System.Collections;
using System.Globalization;

namespace ClusterWorkflow.Domain.Reporting.Charts;

/// <summary>Coordinates written the same way on every machine, and values read from whatever a template passes.</summary>
internal static class ChartNumbers
{
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        float f => double.IsFinite(f) ? f : null,
        int i => i,
        long l => l,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static List<object?> Items(object? values) => values switch
    {
        null or string => [],
        IEnumerable sequence => sequence.Cast<object?>().ToList(),
        _ => [values],
    };
}
