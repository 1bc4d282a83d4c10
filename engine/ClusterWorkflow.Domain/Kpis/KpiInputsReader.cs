using System.Text.Json;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Reads the manifest's <c>inputs</c>: the cluster-form and roster fields the formulas expect.</summary>
internal static class KpiInputsReader
{
    public static KpiInputs Read(JsonElement root, KpiManifestProblems p)
    {
        if (!root.TryGetProperty("inputs", out var inputs) || inputs.ValueKind == JsonValueKind.Null)
        {
            return new KpiInputs();
        }
        if (inputs.ValueKind != JsonValueKind.Object)
        {
            p.Add(null, "$.inputs", "'inputs' must be a record { \"cluster\": [...], \"roster\": [...] }.");
            return new KpiInputs();
        }
        p.OnlyKnown(inputs, "$.inputs", null, "cluster", "roster");
        return new KpiInputs
        {
            Cluster = Fields(inputs, "cluster", p),
            Roster = Fields(inputs, "roster", p),
        };
    }

    private static List<KpiInputField> Fields(JsonElement inputs, string name, KpiManifestProblems p)
    {
        var result = new List<KpiInputField>();
        var items = p.Array(inputs, name, "$.inputs", null, required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"$.inputs.{name}[{i}]";
            if (items[i].ValueKind != JsonValueKind.Object)
            {
                p.Add(null, path, "Each input must be a record { \"id\": ..., \"type\": ... }.");
                continue;
            }
            p.OnlyKnown(items[i], path, null, "id", "type", "options", "description");
            var id = p.String(items[i], "id", path, null, required: true);
            var type = p.Enum<KpiInputType>(items[i], "type", path, null, required: true);
            var options = p.Strings(items[i], "options", path, null);
            if (type == KpiInputType.Choice && options.Count == 0)
            {
                p.Add(null, $"{path}.options", "A choice input needs its options, e.g. [\"active\", \"closed\"].");
            }
            if (id is not null && type is not null)
            {
                result.Add(new KpiInputField
                {
                    Id = id,
                    Type = type.Value,
                    Options = options,
                    Description = p.String(items[i], "description", path, null, required: false) ?? "",
                });
            }
        }
        return result;
    }
}
