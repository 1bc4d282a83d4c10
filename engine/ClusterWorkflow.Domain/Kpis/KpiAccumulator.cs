namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Combines one KPI's cluster values for one node: adds values (count, sum), or adds numerators
/// and denominators and divides at the end (ratio) — averaging percentages would weigh a cluster of
/// 50 enterprises like one of 500.
/// </summary>
internal sealed class KpiAccumulator(KpiDefinition kpi)
{
    private double _total;
    private double _numerator;
    private double _denominator;
    private int _counted;
    private int _missing;

    public void Add(KpiValue? value)
    {
        var usable = kpi.Rollup switch
        {
            KpiRollupRule.Sum => value is { Error: null, Value: not null },
            KpiRollupRule.Ratio => value is { Error: null, Numerator: not null, Denominator: not null },
            _ => false,
        };
        if (!usable)
        {
            _missing++;
            return;
        }
        _counted++;
        _total += value!.Value ?? 0;
        _numerator += value.Numerator ?? 0;
        _denominator += value.Denominator ?? 0;
    }

    public KpiValue Result()
    {
        var result = new KpiValue { KpiId = kpi.Id, ClustersCounted = _counted, ClustersMissing = _missing };
        if (kpi.Rollup == KpiRollupRule.None)
        {
            return result with { Note = "Not rolled up: this KPI is shown per cluster only." };
        }
        if (_counted == 0)
        {
            return result with { Note = "No value: no cluster below has a value." };
        }
        if (kpi.Rollup == KpiRollupRule.Sum)
        {
            return result with { Value = _total, Rating = KpiRatings.Rate(kpi, _total) };
        }
        double? ratio = _denominator == 0 ? null : _numerator / _denominator * kpi.Factor;
        return result with
        {
            Numerator = _numerator,
            Denominator = _denominator,
            Value = ratio,
            Rating = KpiRatings.Rate(kpi, ratio),
            Note = ratio is null ? KpiResultReader.ZeroDenominator : null,
        };
    }
}
