using System.Text;
using System.Text.Json;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// The scripts of one pack, built once: each KPI's own formula (run alone to pin down a failure
/// with its line and column) and one combined function body that computes every KPI of a cluster
/// in dependency order, so the cluster's data is copied into the engine once rather than once per KPI.
/// </summary>
internal sealed class KpiPackScript
{
    private KpiPackScript(KpiPack pack, string combinedBody, IReadOnlyList<int> dataLags, IReadOnlyDictionary<string, KpiDefinition> byId)
    {
        SourceId = $"{pack.Id} (all KPIs)";
        CombinedBody = combinedBody;
        DataLags = dataLags;
        ById = byId;
    }

    public string SourceId { get; }

    public string CombinedBody { get; }

    /// <summary>Every lag some KPI reads through <c>history(k)</c>; only these periods' data is copied in.</summary>
    public IReadOnlyList<int> DataLags { get; }

    public IReadOnlyDictionary<string, KpiDefinition> ById { get; }

    public static KpiPackScript Build(KpiPack pack)
    {
        var byId = pack.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        var body = new StringBuilder("var __r = {};\n");
        foreach (var id in pack.EvaluationOrder)
        {
            var kpi = byId[id];
            var quoted = JsonSerializer.Serialize(id);
            body.Append("__r[").Append(quoted).Append("] = __run(").Append(quoted).Append(", ")
                .Append(kpi.Factor.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append(", function () {\n").Append(AsFunctionBody(kpi)).Append("\n});\n");
        }
        body.Append("return __r;");
        var lags = pack.Kpis.SelectMany(k => k.History).Distinct().Order().ToList();
        return new KpiPackScript(pack, body.ToString(), lags, byId);
    }

    /// <summary>An inline expression as a function body; the line break keeps a trailing comment from swallowing the parenthesis.</summary>
    public static string AsFunctionBody(KpiDefinition kpi) =>
        kpi.IsExpression ? "return (\n" + TrimExpression(kpi.Formula) + "\n);" : kpi.Formula;

    public static string TrimExpression(string expression) => expression.Trim().TrimEnd(';').TrimEnd();
}
