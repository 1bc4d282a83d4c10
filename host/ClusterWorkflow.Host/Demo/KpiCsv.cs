using System.Globalization;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// <c>kpis.csv</c>: one row per node of the round's roll-up (cluster, block, district, state, program)
/// and KPI, with the value and, for ratios, the numerator and denominator the value came from.
/// Ordered by level from the cluster up, node id and the pack's KPI order, numbers in invariant
/// round-trip form, so the same round gives the same bytes.
/// </summary>
public static class KpiCsv
{
    public static readonly IReadOnlyList<string> Columns = ["level", "node", "kpi", "value", "numerator", "denominator", "note"];

    public static string Write(KpiRollupResult rollup, KpiPack? pack)
    {
        var order = (pack?.Kpis.Select(k => k.Id) ?? []).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var rows = rollup.Nodes
            .OrderBy(n => n.Level)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .SelectMany(node => node.Values.Values
                .OrderBy(v => order.GetValueOrDefault(v.KpiId, int.MaxValue))
                .ThenBy(v => v.KpiId, StringComparer.Ordinal)
                .Select(v => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["level"] = node.Level.ToString().ToLowerInvariant(),
                    ["node"] = node.Id,
                    ["kpi"] = v.KpiId,
                    ["value"] = Number(v.Error is null ? v.Value : null),
                    ["numerator"] = Number(v.Numerator),
                    ["denominator"] = Number(v.Denominator),
                    ["note"] = v.Error?.Message ?? v.Note,
                }));
        return RosterCsvWriter.ToCsv(rows, Columns);
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
