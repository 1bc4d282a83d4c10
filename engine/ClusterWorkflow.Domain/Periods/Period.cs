using System.Globalization;
using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Periods;

/// <summary>
/// A monitoring period: a calendar month (<c>2026-11</c>) or a quarter of India's financial year
/// (<c>FY2026-27 Q3</c> = October–December 2026). For quarters <see cref="Year"/> is the year the
/// financial year starts in. Plain data, so it round-trips through System.Text.Json.
/// </summary>
public sealed record Period : IComparable<Period>
{
    internal const int MinYear = 1900;
    internal const int MaxYear = 9998;
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    public PeriodKind Kind { get; init; }

    /// <summary>Calendar year of a month; start year of the financial year of a quarter.</summary>
    public int Year { get; init; }

    /// <summary>Month 1–12, or quarter 1–4 (Q1 = April–June).</summary>
    public int Number { get; init; }

    /// <summary>A calendar month.</summary>
    public static Period Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new Period { Kind = PeriodKind.Monthly, Year = year, Number = month };
    }

    /// <summary>A quarter of the financial year starting in April of <paramref name="fiscalStartYear"/>.</summary>
    public static Period Quarter(int fiscalStartYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new Period { Kind = PeriodKind.Quarterly, Year = fiscalStartYear, Number = quarter };
    }

    /// <summary>Reads <c>2026-11</c> or <c>FY2026-27 Q3</c>; a bad label gives a message, never an exception.</summary>
    public static PeriodParseResult Parse(string? label) => PeriodLabelParser.Parse(label);

    /// <summary>The period of the given kind that contains a date.</summary>
    public static Period Containing(PeriodKind kind, DateOnly date) => kind == PeriodKind.Monthly
        ? Month(date.Year, date.Month)
        : Quarter(FiscalYear.Containing(date).StartYear, ((date.Month + 8) % 12 / 3) + 1);

    /// <summary>The label used in keys, files and forms: <c>2026-11</c> or <c>FY2026-27 Q3</c>.</summary>
    [JsonIgnore]
    public string Label => Kind == PeriodKind.Monthly
        ? $"{Year:D4}-{Number:D2}"
        : $"{FiscalYear.Label} Q{Number}";

    /// <summary>A label for people: <c>Nov 2026</c> or <c>FY2026-27 Q3 (Oct–Dec 2026)</c>.</summary>
    [JsonIgnore]
    public string DisplayName => Kind == PeriodKind.Monthly
        ? $"{MonthNames[Number - 1]} {Year}"
        : $"{Label} ({MonthNames[Start.Month - 1]}–{MonthNames[End.Month - 1]} {End.Year})";

    /// <summary>The financial year the period belongs to.</summary>
    [JsonIgnore]
    public FiscalYear FiscalYear => Kind == PeriodKind.Monthly ? FiscalYear.Containing(Start) : new FiscalYear(Year);

    /// <summary>First day of the period.</summary>
    [JsonIgnore]
    public DateOnly Start => new(StartMonthYear().Year, StartMonthYear().Month, 1);

    /// <summary>Last day of the period.</summary>
    [JsonIgnore]
    public DateOnly End => Start.AddMonths(Kind == PeriodKind.Monthly ? 1 : 3).AddDays(-1);

    /// <summary>Number of days in the period (a round's <c>days_operated</c> cannot exceed it).</summary>
    [JsonIgnore]
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The period <paramref name="count"/> steps later (negative: earlier), of the same kind.</summary>
    public Period Offset(int count)
    {
        var index = Ordinal() + count;
        return Kind == PeriodKind.Monthly
            ? Month(Math.DivRem(index, 12).Quotient, (index % 12) + 1)
            : Quarter(Math.DivRem(index, 4).Quotient, (index % 4) + 1);
    }

    /// <summary>The round before this one (t−1).</summary>
    public Period Previous() => Offset(-1);

    /// <summary>The same round a year earlier: t−12 for months, t−4 for quarters.</summary>
    public Period SameLastYear() => Offset(Kind == PeriodKind.Monthly ? -12 : -4);

    /// <summary>Orders by kind, then time.</summary>
    public int CompareTo(Period? other) => other is null ? 1
        : Kind != other.Kind ? Kind.CompareTo(other.Kind)
        : Ordinal().CompareTo(other.Ordinal());

    public override string ToString() => Label;

    private int Ordinal() => Kind == PeriodKind.Monthly ? (Year * 12) + Number - 1 : (Year * 4) + Number - 1;

    private (int Year, int Month) StartMonthYear()
    {
        if (Kind == PeriodKind.Monthly)
        {
            return (Year, Number);
        }

        var month = FiscalYear.FirstMonth + ((Number - 1) * 3);
        return month > 12 ? (Year + 1, month - 12) : (Year, month);
    }
}
