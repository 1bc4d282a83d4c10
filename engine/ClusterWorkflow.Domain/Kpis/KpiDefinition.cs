namespace ClusterWorkflow.Domain.Kpis;

/// <summary>One KPI of a pack, as the manifest declares it, with its formula text resolved.</summary>
public sealed record KpiDefinition
{
    /// <summary>Stable id, e.g. <c>active_rate</c>; what <c>kpi('active_rate')</c> refers to.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name by language code (<c>en</c>, <c>hi</c>).</summary>
    public Dictionary<string, string> Name { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Shown next to the value: <c>count</c>, <c>%</c>, <c>INR</c>, <c>INR/day</c>.</summary>
    public string Unit { get; init; } = "";

    public KpiDirection Direction { get; init; }

    public List<KpiGoal> Goals { get; init; } = [];

    /// <summary>The lowest level at which the KPI is shown; it is always computed per cluster.</summary>
    public KpiLevel Level { get; init; } = KpiLevel.Cluster;

    public KpiKind Kind { get; init; }

    /// <summary>Multiplies numerator ÷ denominator (100 for a percentage). Default 1.</summary>
    public double Factor { get; init; } = 1;

    public KpiTargets? Targets { get; init; }

    public KpiRollupRule Rollup { get; init; }

    public KpiDataSource Source { get; init; } = KpiDataSource.Cluster;

    /// <summary>The JavaScript: an expression when <see cref="IsExpression"/>, else a function body with <c>return</c>.</summary>
    public string Formula { get; init; } = "";

    public bool IsExpression { get; init; }

    /// <summary>Where the formula came from, for messages: a file such as <c>formulas/gva.js</c> or <c>manifest.json $.kpis[3].formula</c>.</summary>
    public string FormulaSource { get; init; } = "";

    /// <summary>KPIs of the same round this one reads through <c>kpi(id)</c>; they are computed first.</summary>
    public List<string> DependsOn { get; init; } = [];

    /// <summary>Earlier periods whose data the formula reads through <c>history(k)</c> (1 = t−1, 12 = t−12).</summary>
    public List<int> History { get; init; } = [];

    public string DisplayName(string language = "en") =>
        Name.TryGetValue(language, out var name) ? name : Name.GetValueOrDefault("en", Id);
}
