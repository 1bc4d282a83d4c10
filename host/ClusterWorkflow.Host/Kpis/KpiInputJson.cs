using System.Text.Json;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Api;

namespace ClusterWorkflow.Host.Kpis;

/// <summary>Reads the clusters of a KPI evaluation request into the domain's inputs, plain values only.</summary>
public static class KpiInputJson
{
    public static (List<KpiClusterInput> Inputs, List<Problem> Problems) Read(JsonElement body)
    {
        var problems = new List<Problem>();
        var inputs = new List<KpiClusterInput>();
        var clusters = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("clusters", out var list) ? list : body;
        var items = clusters.ValueKind switch
        {
            JsonValueKind.Array => clusters.EnumerateArray().ToList(),
            JsonValueKind.Object => [clusters],
            _ => [],
        };
        if (items.Count == 0)
            problems.Add(new Problem("no-clusters", "Send a cluster object, or { \"clusters\": [ ... ] } with at least one.", "$"));

        for (var i = 0; i < items.Count; i++)
        {
            var path = clusters.ValueKind == JsonValueKind.Array ? $"$.clusters[{i}]" : "$";
            try
            {
                var input = items[i].Deserialize<KpiClusterInput>(KpiPackRegistry.Json);
                if (input is null) throw new JsonException("null");
                inputs.Add(Plain(input));
            }
            catch (JsonException e)
            {
                problems.Add(new Problem("invalid-cluster", $"{path}{(e.Path is { Length: > 1 } p ? p[1..] : "")}: {e.Message.Split(" Path:")[0]}", path));
            }
        }
        return (inputs, problems);
    }

    // System.Text.Json leaves object-typed values as JsonElement; formulas need numbers and strings.
    private static KpiClusterInput Plain(KpiClusterInput input) => input with
    {
        Cluster = PlainRecord(input.Cluster),
        Roster = input.Roster.Select(PlainRecord).ToList(),
        History = input.History.ToDictionary(h => h.Key, h => h.Value with
        {
            Cluster = PlainRecord(h.Value.Cluster),
            Roster = h.Value.Roster?.Select(PlainRecord).ToList(),
        }),
    };

    private static Dictionary<string, object?> PlainRecord(IReadOnlyDictionary<string, object?> record) =>
        record.ToDictionary(p => p.Key, p => p.Value is JsonElement e ? JsonPlain.ToPlain(e) : p.Value, StringComparer.Ordinal);
}
