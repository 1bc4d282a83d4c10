using System.Globalization;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// The globals a formula sees: <c>cluster</c>, <c>roster</c>, <c>round</c>, <c>params</c>, and the
/// plumbing behind <c>history</c> and <c>kpi</c>. The sandbox copies them in as JavaScript values.
/// </summary>
internal static class KpiVariables
{
    public const string CurrentKpis = "__now";
    public const string Lags = "__lags";

    public static Dictionary<string, object?> Build(
        KpiPack pack, KpiClusterInput input, IReadOnlyList<int> dataLags, int maxLag, Dictionary<string, object?> currentKpis)
    {
        var history = new Dictionary<string, object?>(StringComparer.Ordinal);
        var kpiHistory = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (lag, period) in input.History)
        {
            var key = lag.ToString(CultureInfo.InvariantCulture);
            kpiHistory[key] = period.Kpis.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
            if (dataLags.Contains(lag))
            {
                history[key] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["period"] = period.Period,
                    ["cluster"] = period.Cluster,
                    ["roster"] = period.Roster,
                };
            }
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["cluster"] = input.Cluster,
            ["roster"] = input.Reported ? input.Roster : null,
            ["round"] = Round(input),
            ["params"] = pack.Parameters.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
            ["__hist"] = history,
            ["__kpiHist"] = kpiHistory,
            [Lags] = dataLags.Select(l => (object?)l).ToList(),
            ["__maxLag"] = maxLag,
            [CurrentKpis] = currentKpis,
        };
    }

    /// <summary>The same globals, but <c>history(k)</c> limited to the lags one KPI declared.</summary>
    public static Dictionary<string, object?> ForOneKpi(Dictionary<string, object?> all, KpiDefinition kpi) =>
        new(all, StringComparer.Ordinal) { [Lags] = kpi.History.Select(l => (object?)l).ToList() };

    private static Dictionary<string, object?> Round(KpiClusterInput input) => new(StringComparer.Ordinal)
    {
        ["period"] = input.Period,
        ["expected"] = input.Round.Expected,
        ["approved"] = input.Round.Approved,
        ["approved_on_time"] = input.Round.ApprovedOnTime,
        ["due_date"] = input.Round.DueDate,
        ["approved_on"] = input.Round.ApprovedOn,
    };
}
