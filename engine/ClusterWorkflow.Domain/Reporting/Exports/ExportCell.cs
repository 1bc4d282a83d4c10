namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>One value of an export: a number or a text, or neither when the row has no value in that column.</summary>
public sealed record ExportCell
{
    public static readonly ExportCell Empty = new();

    public string? Text { get; init; }
    public double? Number { get; init; }

    public bool IsEmpty => Text is null && Number is null;

    /// <summary>
    /// A cell from whatever a submission holds: numbers stay numbers; yes/no become <c>yes</c> and
    /// <c>no</c>; dates become ISO dates; lists are joined with spaces (as select-multiple answers are).
    /// </summary>
    public static ExportCell From(object? value) => value switch
    {
        null => Empty,
        ExportCell cell => cell,
        double d => double.IsFinite(d) ? new ExportCell { Number = d } : Empty,
        float f => double.IsFinite(f) ? new ExportCell { Number = f } : Empty,
        int or long or short or byte or decimal => new ExportCell { Number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) },
        bool b => new ExportCell { Text = b ? "yes" : "no" },
        DateOnly date => new ExportCell { Text = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        DateTime moment => new ExportCell { Text = moment.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) },
        DateTimeOffset moment => new ExportCell { Text = moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) },
        System.Text.Json.JsonElement json => FromJson(json),
        string text => new ExportCell { Text = text },
        System.Collections.IEnumerable items => new ExportCell { Text = string.Join(' ', items.Cast<object?>().Select(i => From(i).ToString())) },
        _ => new ExportCell { Text = value.ToString() },
    };

    /// <summary>The value as CSV would show it before quoting: invariant digits, or the text.</summary>
    public override string ToString() => Number is { } n
        ? n.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        : Text ?? "";

    private static ExportCell FromJson(System.Text.Json.JsonElement json) => json.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Number => new ExportCell { Number = json.GetDouble() },
        System.Text.Json.JsonValueKind.String => new ExportCell { Text = json.GetString() },
        System.Text.Json.JsonValueKind.True => new ExportCell { Text = "yes" },
        System.Text.Json.JsonValueKind.False => new ExportCell { Text = "no" },
        System.Text.Json.JsonValueKind.Array => new ExportCell { Text = string.Join(' ', json.EnumerateArray().Select(e => FromJson(e).ToString())) },
        System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined => Empty,
        _ => new ExportCell { Text = json.GetRawText() },
    };
}
