namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Something wrong with a pack or with one KPI's evaluation, said so a program manager can fix it:
/// <paramref name="Where"/> is a file and JSON path (<c>manifest.json $.kpis[2].kind</c>) or a formula
/// file; <paramref name="Line"/> and <paramref name="Column"/> count from 1 inside that formula.
/// </summary>
public sealed record KpiProblem(string? KpiId, string Where, string Message, int? Line = null, int? Column = null)
{
    /// <summary><c>KPI 'gva' — formulas/gva.js 3:14: Unexpected token</c>.</summary>
    public override string ToString()
    {
        var who = KpiId is null ? "" : $"KPI '{KpiId}' — ";
        var place = Line is null ? Where : $"{Where} {Line}:{Column}";
        return $"{who}{place}: {Message}";
    }
}
