using System.Collections;
using System.Globalization;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Brings a submitted value to the field's type (numbers as double, dates as yyyy-MM-dd, yes/no as
/// bool, multiple choices as a list of names). Text from CSV or Excel is accepted where it reads
/// unambiguously ("12", "yes", "2026-11-30"). A value that does not fit gives a message key and arguments.
/// </summary>
internal static class ValueCoercer
{
    public readonly record struct Outcome(object? Value, string? MessageKey = null, object?[]? Args = null)
    {
        public bool Ok => MessageKey is null;
    }

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "true", "1", "हाँ", "हां" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "false", "0", "नहीं" };

    public static Outcome Coerce(FieldType type, object? raw, IReadOnlySet<string>? choices)
    {
        var value = PlainValues.From(raw);
        if (PlainValues.IsEmpty(value) || type is FieldType.Note or FieldType.Group)
        {
            return new Outcome(null);
        }
        return type switch
        {
            FieldType.Integer => Number(value, integer: true),
            FieldType.Decimal => Number(value, integer: false),
            FieldType.Text => value is IEnumerable and not string ? new Outcome(null, "text", []) : new Outcome(Text(value)),
            FieldType.SelectOne => OneChoice(Text(value), choices),
            FieldType.SelectMultiple => ManyChoices(value, choices),
            FieldType.Date => Date(value),
            FieldType.YesNo => YesNo(value),
            FieldType.GeoPoint => GeoPoint(Text(value)),
            _ => new Outcome(value),
        };
    }

    public static string Text(object? value) => value switch
    {
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    private static Outcome Number(object? value, bool integer)
    {
        double? number = value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            decimal m => (double)m,
            short s => s,
            string s when double.TryParse(s.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is not double n || double.IsNaN(n) || double.IsInfinity(n) || (integer && Math.Abs(n - Math.Round(n)) > 1e-9))
        {
            return new Outcome(null, integer ? "integer" : "decimal", [Text(value)]);
        }
        return new Outcome(integer ? Math.Round(n) : n);
    }

    private static Outcome OneChoice(string name, IReadOnlySet<string>? choices) =>
        choices is null || choices.Contains(name)
            ? new Outcome(name)
            : new Outcome(null, "choice", [name, string.Join(", ", choices)]);

    private static Outcome ManyChoices(object? value, IReadOnlySet<string>? choices)
    {
        // XLSForm stores several choices as one space-separated text; lists come from JSON.
        IEnumerable<string> names = value is IEnumerable list and not string
            ? list.Cast<object?>().Select(Text)
            : Text(value).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var distinct = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = choices is null ? null : distinct.FirstOrDefault(n => !choices.Contains(n));
        if (unknown is not null)
        {
            return new Outcome(null, "choice", [unknown, string.Join(", ", choices!)]);
        }
        return new Outcome(distinct.Cast<object?>().ToList());
    }

    private static Outcome Date(object? value)
    {
        DateOnly? date = value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            DateTimeOffset dto => DateOnly.FromDateTime(dto.Date),
            string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            string s when DateTime.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt) && s.Contains('T') => DateOnly.FromDateTime(dt),
            _ => null,
        };
        return date is DateOnly found
            ? new Outcome(found.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : new Outcome(null, "date", [Text(value)]);
    }

    private static Outcome YesNo(object? value) => value switch
    {
        bool b => new Outcome(b),
        double d when d is 0 or 1 => new Outcome(d == 1),
        _ when Yes.Contains(Text(value)) => new Outcome(true),
        _ when No.Contains(Text(value)) => new Outcome(false),
        _ => new Outcome(null, "yesno", [Text(value)]),
    };

    private static Outcome GeoPoint(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN).ToArray();
        var valid = numbers.Length is >= 2 and <= 4 && !numbers.Any(double.IsNaN)
            && Math.Abs(numbers[0]) <= 90 && Math.Abs(numbers[1]) <= 180;
        return valid ? new Outcome(string.Join(' ', parts)) : new Outcome(null, "geopoint", [text]);
    }
}
