using System.Globalization;
using System.Text.Json;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// A cheap fingerprint of a roster, compared between what was sent and what is stored: the number
/// of rows and the sum of one money field over them (numbers or numeric text, as JSON gives them).
/// </summary>
public static class DataFingerprint
{
    public const string Field = "revenue_total";

    public static (int Rows, double Sum) Of(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var count = 0;
        var sum = 0.0;
        foreach (var row in rows)
        {
            count++;
            sum += Number(row.GetValueOrDefault(Field));
        }
        return (count, sum);
    }

    public static (int Rows, double Sum) Of(JsonElement roster) =>
        roster.ValueKind == JsonValueKind.Array ? Of(roster.EnumerateArray()) : (0, 0);

    public static (int Rows, double Sum) Of(IEnumerable<JsonElement> roster)
    {
        var count = 0;
        var sum = 0.0;
        foreach (var row in roster)
        {
            count++;
            if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty(Field, out var value)) sum += Number(value);
        }
        return (count, sum);
    }

    private static double Number(object? value) => value switch
    {
        null => 0,
        JsonElement { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.String } s => Parse(s.GetString()),
        JsonElement => 0,
        string text => Parse(text),
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => 0,
    };

    private static double Parse(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
}
