using System.Collections;
using System.Text.Json;
using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// Deep copies of submission data made of plain values only. State read back from JSON storage holds
/// <see cref="JsonElement"/>s and callers may hand in their own collections; both become fresh
/// dictionaries, lists, doubles, strings and booleans the grain alone owns.
/// </summary>
internal static class PlainData
{
    public static SubmissionData Copy(SubmissionData? data) => data is null
        ? SubmissionData.Empty
        : new SubmissionData(Record(data.Cluster), data.Roster?.Select(Record).ToList() ?? []);

    public static Dictionary<string, object?> Record(IEnumerable<KeyValuePair<string, object?>>? record) =>
        record?.ToDictionary(p => p.Key, p => Value(p.Value), StringComparer.Ordinal) ?? new(StringComparer.Ordinal);

    public static object? Value(object? value) => value switch
    {
        null => null,
        JsonElement element => Json(element),
        string or bool or double => value,
        int or long or float or decimal or short or byte => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => Record(map),
        IEnumerable list => list.Cast<object?>().Select(Value).ToList(),
        _ => value.ToString(),
    };

    private static object? Json(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Json).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Json(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
