using System.Globalization;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Periods;

/// <summary>Reads the labels <c>2026-11</c> and <c>FY2026-27 Q3</c>; every rejection explains itself.</summary>
internal static partial class PeriodLabelParser
{
    private const string Help = "Write a month as YYYY-MM (e.g. 2026-11) or a financial-year quarter as FYyyyy-yy Qn (e.g. FY2026-27 Q3).";

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^FY\s*(\d{4})-(\d{2})\s*Q(\d{1,2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    public static PeriodParseResult Parse(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return Fail("The period label is empty. " + Help);
        }

        var text = label.Trim();
        var month = MonthPattern().Match(text);
        if (month.Success)
        {
            var year = Number(month.Groups[1].Value);
            var number = Number(month.Groups[2].Value);
            if (year < Period.MinYear || year > Period.MaxYear)
            {
                return Fail($"Period '{text}': the year {year} is outside {Period.MinYear}–{Period.MaxYear}.");
            }

            return number is < 1 or > 12
                ? Fail($"Period '{text}': the month must be 01 to 12, not {month.Groups[2].Value}.")
                : new PeriodParseResult(Period.Month(year, number), null);
        }

        var quarter = QuarterPattern().Match(text);
        if (quarter.Success)
        {
            var start = Number(quarter.Groups[1].Value);
            var endTwoDigits = Number(quarter.Groups[2].Value);
            var number = Number(quarter.Groups[3].Value);
            var problems = new List<string>();
            if (start < Period.MinYear || start > Period.MaxYear)
            {
                problems.Add($"the year {start} is outside {Period.MinYear}–{Period.MaxYear}");
            }
            else if (endTwoDigits != (start + 1) % 100)
            {
                problems.Add($"a financial year starting in April {start} is written {new FiscalYear(start).Label}");
            }

            if (number is < 1 or > 4)
            {
                problems.Add($"the quarter must be Q1 (Apr–Jun) to Q4 (Jan–Mar), not Q{quarter.Groups[3].Value}");
            }

            return problems.Count > 0
                ? Fail($"Period '{text}': {string.Join("; ", problems)}.")
                : new PeriodParseResult(Period.Quarter(start, number), null);
        }

        return Fail($"Period '{text}' is not a period label. {Help}");
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static PeriodParseResult Fail(string message) => new(null, message);
}
