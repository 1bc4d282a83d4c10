using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Domain.Reporting.Models;
using PackDirection = ClusterWorkflow.Domain.Kpis.KpiDirection;
using ReportDirection = ClusterWorkflow.Domain.Reporting.Models.KpiDirection;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// A pack's KPI as the reports show it. The report models hold a percentage as a fraction, while a
/// pack's ratio KPI with factor 100 computes 45.2 for 45.2%: dividing a <c>%</c> KPI's value by its
/// factor gives the fraction either way (factor 1 already yields one).
/// </summary>
internal static class KpiPresentation
{
    public static string Unit(KpiDefinition kpi) => string.IsNullOrWhiteSpace(kpi.Unit) ? KpiUnits.Count : kpi.Unit;

    public static ReportDirection Direction(KpiDefinition kpi) => kpi.Direction == PackDirection.Down ? ReportDirection.Down : ReportDirection.Up;

    public static KpiColumn Column(KpiDefinition kpi, string language) =>
        new() { Id = kpi.Id, Name = kpi.DisplayName(language), Unit = Unit(kpi), Direction = Direction(kpi) };

    /// <summary>The value in report units, or null when missing or not a finite number.</summary>
    public static double? Value(KpiDefinition kpi, double? raw)
    {
        if (raw is not { } value || !double.IsFinite(value))
        {
            return null;
        }
        return Unit(kpi) == KpiUnits.Percent && kpi.Factor is not (0 or 1) ? value / kpi.Factor : value;
    }

    /// <summary>A computed value, or null when the formula failed.</summary>
    public static double? Value(KpiDefinition kpi, KpiValue? computed) =>
        computed is null || computed.Error is not null ? null : Value(kpi, computed.Value);

    public static RagStatus Status(KpiRating rating) => rating switch
    {
        KpiRating.Red => RagStatus.Red,
        KpiRating.Amber => RagStatus.Amber,
        KpiRating.Green => RagStatus.Green,
        _ => RagStatus.None,
    };

    /// <summary>The rating of a raw (pack-unit) value against the KPI's targets.</summary>
    public static RagStatus Status(KpiDefinition kpi, double? raw) => Status(KpiRatings.Rate(kpi, raw));

    public static KpiCell Cell(KpiDefinition kpi, KpiValue? computed) =>
        Value(kpi, computed) is { } value ? new KpiCell { Value = value, Status = Status(computed!.Rating) } : new KpiCell();

    /// <summary>The targets in words, e.g. <c>green ≥ 85.0%, amber ≥ 70.0%</c>; empty without targets.</summary>
    public static string Target(KpiDefinition kpi)
    {
        if (kpi.Targets is not { } targets)
        {
            return "";
        }
        var sign = kpi.Direction == PackDirection.Down ? "≤" : "≥";
        var unit = Unit(kpi);
        return $"green {sign} {KpiValueFormat.Full(Value(kpi, targets.Green), unit)}, amber {sign} {KpiValueFormat.Full(Value(kpi, targets.Amber), unit)}";
    }

    /// <summary>The policy goals as the catalogue abbreviates them: <c>R, In</c>.</summary>
    public static string Goals(KpiDefinition kpi) => string.Join(", ", kpi.Goals.Select(g => g switch
    {
        KpiGoal.Continuity => "C",
        KpiGoal.Employment => "E",
        KpiGoal.Revenue => "R",
        KpiGoal.Output => "O",
        KpiGoal.Linkages => "L",
        KpiGoal.Inclusion => "In",
        _ => g.ToString(),
    }));

    /// <summary>
    /// The configured headline KPIs that the pack has, or by default its sum KPIs followed by its
    /// ratio KPIs with targets, six at most: the figures a reviewer looks at first.
    /// </summary>
    public static List<KpiDefinition> Headlines(KpiPack pack, IReadOnlyList<string> configured)
    {
        if (configured.Count > 0)
        {
            return configured.Select(pack.Find).OfType<KpiDefinition>().ToList();
        }
        return pack.Kpis.Where(k => k.Kind == KpiKind.Sum)
            .Concat(pack.Kpis.Where(k => k.Kind == KpiKind.Ratio && k.Targets is not null))
            .Take(6)
            .ToList();
    }

    /// <summary>The configured summary columns the pack has, else the headline KPIs.</summary>
    public static List<KpiDefinition> SummaryColumns(KpiPack pack, ReportSourceOptions options) =>
        options.SummaryKpis.Count > 0
            ? options.SummaryKpis.Select(pack.Find).OfType<KpiDefinition>().ToList()
            : Headlines(pack, options.HeadlineKpis);
}
