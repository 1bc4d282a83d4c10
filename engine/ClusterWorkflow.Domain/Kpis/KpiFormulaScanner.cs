using System.Globalization;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Finds what a formula evidently reads — <c>kpi('x')</c> of this round, <c>history(12)</c> — so the
/// manifest need not repeat it. A name or lag built at run time cannot be seen here; such a formula
/// must list it in <c>dependsOn</c> / <c>history</c>, and is told so when it runs.
/// </summary>
internal static partial class KpiFormulaScanner
{
    public static IEnumerable<string> CurrentKpis(string formula) =>
        CurrentKpiCall().Matches(formula).Select(m => m.Groups["id"].Value).Distinct();

    public static IEnumerable<int> HistoryLags(string formula) =>
        HistoryCall().Matches(formula).Select(m => int.Parse(m.Groups["lag"].Value, CultureInfo.InvariantCulture)).Distinct();

    /// <summary>The definition with what the formula reads added to its declared dependencies and history.</summary>
    public static KpiDefinition WithInferredReads(KpiDefinition kpi, int maxHistoryLag) => kpi with
    {
        DependsOn = kpi.DependsOn.Union(CurrentKpis(kpi.Formula)).ToList(),
        History = kpi.History.Union(HistoryLags(kpi.Formula).Where(l => l >= 1 && l <= maxHistoryLag)).Order().ToList(),
    };

    [GeneratedRegex("""\bkpi\s*\(\s*['"](?<id>[A-Za-z0-9_]+)['"]\s*(,\s*0\s*)?\)""")]
    private static partial Regex CurrentKpiCall();

    [GeneratedRegex(@"\bhistory\s*\(\s*(?<lag>\d{1,3})\s*\)")]
    private static partial Regex HistoryCall();
}
