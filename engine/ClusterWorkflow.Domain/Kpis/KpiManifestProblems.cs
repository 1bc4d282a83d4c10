using System.Globalization;
using System.Text.Json;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Reads typed values out of manifest JSON and records every problem with its JSON path
/// (<c>$.kpis[2].direction</c>) instead of stopping at the first, so one upload lists all fixes.
/// </summary>
internal sealed class KpiManifestProblems(string file)
{
    public List<KpiProblem> Problems { get; } = [];

    public void Add(string? kpiId, string path, string message) => Problems.Add(new KpiProblem(kpiId, $"{file} {path}", message));

    public void OnlyKnown(JsonElement obj, string path, string? kpiId, params string[] known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Add(kpiId, $"{path}.{property.Name}", $"Unknown property '{property.Name}'. Known here: {string.Join(", ", known)}.");
            }
        }
    }

    public string? String(JsonElement obj, string name, string path, string? kpiId, bool required)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(kpiId, $"{path}.{name}", $"'{name}' is required.");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Add(kpiId, $"{path}.{name}", $"'{name}' must be non-empty text.");
            return null;
        }
        return value.GetString()!.Trim();
    }

    public double? Number(JsonElement obj, string name, string path, string? kpiId)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number)
        {
            Add(kpiId, $"{path}.{name}", $"'{name}' must be a number, e.g. 100.");
            return null;
        }
        return value.GetDouble();
    }

    /// <summary>Lower-case manifest words (<c>up</c>, <c>yes_no</c>) to an enum member; the allowed words are listed on a mistake.</summary>
    public T? Enum<T>(JsonElement obj, string name, string path, string? kpiId, bool required) where T : struct, Enum
    {
        var text = String(obj, name, path, kpiId, required);
        return text is null ? null : ParseEnum<T>(text, $"{path}.{name}", kpiId);
    }

    public T? ParseEnum<T>(string text, string path, string? kpiId) where T : struct, Enum
    {
        var normalized = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!normalized.All(char.IsLetter) || !System.Enum.TryParse<T>(normalized, ignoreCase: true, out var parsed))
        {
            var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
            Add(kpiId, path, $"'{text}' is not allowed here. Use one of: {allowed}.");
            return null;
        }
        return parsed;
    }

    public Dictionary<string, string>? Localized(JsonElement obj, string name, string path, string? kpiId, bool required)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(kpiId, $"{path}.{name}", $"'{name}' is required, e.g. {{ \"en\": \"Active rate\", \"hi\": \"सक्रिय दर\" }}.");
            }
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return new Dictionary<string, string> { ["en"] = value.GetString()!.Trim() };
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            Add(kpiId, $"{path}.{name}", $"'{name}' must be a record of language to text, e.g. {{ \"en\": \"...\", \"hi\": \"...\" }}.");
            return null;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                Add(kpiId, $"{path}.{name}.{property.Name}", "Each language's text must be non-empty text.");
                continue;
            }
            result[property.Name] = property.Value.GetString()!.Trim();
        }
        if (!result.ContainsKey("en"))
        {
            Add(kpiId, $"{path}.{name}.en", $"'{name}' needs an English text under \"en\".");
        }
        return result;
    }

    public List<JsonElement> Array(JsonElement obj, string name, string path, string? kpiId, bool required)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(kpiId, $"{path}.{name}", $"'{name}' is required (a list).");
            }
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(kpiId, $"{path}.{name}", $"'{name}' must be a list, e.g. [ ... ].");
            return [];
        }
        return value.EnumerateArray().ToList();
    }

    public List<string> Strings(JsonElement obj, string name, string path, string? kpiId)
    {
        var result = new List<string>();
        var items = Array(obj, name, path, kpiId, required: false);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(items[i].GetString()))
            {
                result.Add(items[i].GetString()!.Trim());
            }
            else
            {
                Add(kpiId, $"{path}.{name}[{i}]", "Each entry must be non-empty text.");
            }
        }
        return result;
    }

    public List<int> WholeNumbers(JsonElement obj, string name, string path, string? kpiId, int min, int max)
    {
        var result = new List<int>();
        var items = Array(obj, name, path, kpiId, required: false);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.Number && items[i].TryGetInt32(out var n) && n >= min && n <= max)
            {
                result.Add(n);
            }
            else
            {
                Add(kpiId, $"{path}.{name}[{i}]", $"Each entry must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
        return result;
    }
}
