using System.Text.Json;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// JSON from a request into the plain values the domain works with: objects as dictionaries, arrays
/// as lists, numbers as double (long when whole), strings, booleans and null.
/// </summary>
public static class JsonPlain
{
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal);
}
