using System.Globalization;
using System.Text.Json;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Kpis;

namespace ClusterWorkflow.Host.Cli;

/// <summary>
/// <c>kpi check DIR</c> validates a KPI plugin pack as an upload would be validated — manifest,
/// formulas, dependencies, and a dry run on a sample cluster. <c>kpi evaluate DIR DATA.json</c>
/// computes the pack for the clusters in DATA.json (the API's evaluate body) and prints one CSV line
/// per level, node and KPI, roll-ups included. Exit 1 with the problems when the pack or data is bad.
/// </summary>
public static class KpiCheckVerb
{
    public const string Usage = "kpi check DIR | kpi evaluate DIR DATA.json";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not (["check", _] or ["evaluate", _, _]))
        {
            await error.WriteLineAsync($"error: expected {Usage}");
            return 2;
        }
        var folder = args[1];
        if (!Directory.Exists(folder))
        {
            await error.WriteLineAsync($"error: there is no folder '{Path.GetFullPath(folder)}'.");
            return 1;
        }

        var evaluator = new KpiEvaluator();
        var result = new KpiPackLoader(evaluator).LoadFromFolder(folder);
        if (!result.Ok)
        {
            foreach (var problem in result.Problems) await error.WriteLineAsync($"error: {problem}");
            await error.WriteLineAsync($"error: the pack in '{folder}' would be refused; fix the problems above.");
            return 1;
        }
        if (args[0] == "check")
        {
            await output.WriteLineAsync(result.Describe());
            return 0;
        }
        return await EvaluateAsync(result.Pack!, evaluator, args[2], output, error);
    }

    private static async Task<int> EvaluateAsync(KpiPack pack, KpiEvaluator evaluator, string dataFile, TextWriter output, TextWriter error)
    {
        if (!File.Exists(dataFile))
        {
            await error.WriteLineAsync($"error: there is no file '{Path.GetFullPath(dataFile)}'.");
            return 1;
        }
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(await File.ReadAllTextAsync(dataFile)).RootElement.Clone();
        }
        catch (JsonException e)
        {
            await error.WriteLineAsync($"error: {dataFile} line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: not valid JSON.");
            return 1;
        }

        var (inputs, problems) = KpiInputJson.Read(body);
        foreach (var problem in problems) await error.WriteLineAsync($"error: {dataFile} {problem.Message}");
        if (problems.Count > 0) return 1;

        var clusters = evaluator.EvaluateAll(pack, inputs);
        var rollup = KpiRollup.Compute(pack, clusters);
        await output.WriteLineAsync("level,node,kpi,value,numerator,denominator,rating,error");
        foreach (var node in rollup.Nodes)
        {
            foreach (var kpiId in pack.EvaluationOrder)
            {
                if (!node.Values.TryGetValue(kpiId, out var value)) continue;
                await output.WriteLineAsync(string.Join(',',
                    node.Level.ToString().ToLowerInvariant(), Csv(node.Id), kpiId, Number(value.Value), Number(value.Numerator),
                    Number(value.Denominator), value.Rating.ToString().ToLowerInvariant(), Csv(value.Error?.Message ?? "")));
            }
        }
        var failures = clusters.SelectMany(c => c.Errors).Count();
        if (failures > 0) await error.WriteLineAsync($"warning: {failures} KPI value(s) could not be computed; see the error column.");
        return 0;
    }

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private static string Csv(string text) => text.IndexOfAny([',', '"', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
}
