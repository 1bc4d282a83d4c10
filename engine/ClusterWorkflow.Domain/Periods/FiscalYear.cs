namespace ClusterWorkflow.Domain.Periods;

/// <summary>
/// India's financial year, 1 April to 31 March. <see cref="StartYear"/> 2026 is FY2026-27,
/// 1 April 2026 to 31 March 2027.
/// </summary>
public readonly record struct FiscalYear(int StartYear)
{
    /// <summary>The month (April) in which a financial year starts.</summary>
    public const int FirstMonth = 4;

    /// <summary>The label used across the product, e.g. <c>FY2026-27</c>.</summary>
    public string Label => $"FY{StartYear:D4}-{(StartYear + 1) % 100:D2}";

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public DateOnly Start => new(StartYear, FirstMonth, 1);

    /// <summary>31 March of the following year.</summary>
    public DateOnly End => new(StartYear + 1, 3, 31);

    /// <summary>The financial year a date falls in: 31 March 2027 is in FY2026-27, 1 April 2027 in FY2027-28.</summary>
    public static FiscalYear Containing(DateOnly date) =>
        new(date.Month >= FirstMonth ? date.Year : date.Year - 1);

    public override string ToString() => Label;
}
