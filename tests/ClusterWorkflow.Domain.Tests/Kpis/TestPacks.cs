using System.Text.Json;

namespace ClusterWorkflow.Domain.Tests.Kpis;

/// <summary>Small packs written in the test, as the file texts an upload would carry.</summary>
internal static class TestPacks
{
    /// <summary>A pack of the given KPI records (JSON objects) plus extra files such as formulas/x.js.</summary>
    public static Dictionary<string, string> With(string kpisJson, params (string Path, string Text)[] files)
    {
        var manifest = $$"""
            {
              "id": "test-pack",
              "version": "0.1.0",
              "name": { "en": "Test pack" },
              "inputs": {
                "roster": [
                  { "id": "enterprise_id", "type": "text" },
                  { "id": "status", "type": "choice", "options": ["active", "closed"] },
                  { "id": "revenue_total", "type": "number" }
                ]
              },
              "kpis": {{kpisJson}}
            }
            """;
        using (JsonDocument.Parse(manifest))
        {
            // The test itself must write valid JSON; a typo here would test the wrong thing.
        }
        var result = new Dictionary<string, string> { ["manifest.json"] = manifest };
        foreach (var (path, text) in files)
        {
            result[path] = text;
        }
        return result;
    }

    public static string Kpi(string id, string kind = "count", string? formula = null, string? formulaFile = null, string extra = "")
    {
        var source = formulaFile is null ? $"\"formula\": {JsonSerializer.Serialize(formula ?? "count(roster)")}" : $"\"formulaFile\": \"{formulaFile}\"";
        return $$"""{ "id": "{{id}}", "name": { "en": "{{id}}" }, "unit": "count", "direction": "up", "kind": "{{kind}}", {{source}}{{extra}} }""";
    }
}
