using System.Text.Json;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>Turns JSON elements (what System.Text.Json gives for object-typed data) into plain .NET values.</summary>
internal static class PlainValues
{
    public static object? From(object? value) => value switch
    {
        JsonElement element => FromJson(element),
        _ => value,
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        System.Collections.ICollection c => c.Count == 0,
        _ => false,
    };

    /// <summary>JavaScript truthiness of a converted script result.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };
}
