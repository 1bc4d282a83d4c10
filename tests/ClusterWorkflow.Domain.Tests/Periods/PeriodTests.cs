using System.Text.Json;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.Tests.Periods;

public class PeriodTests
{
    [Fact]
    public void MonthlyLabelParsesWithItsCalendarDates()
    {
        var period = Parsed("2026-11");

        Assert.Equal(PeriodKind.Monthly, period.Kind);
        Assert.Equal(new DateOnly(2026, 11, 1), period.Start);
        Assert.Equal(new DateOnly(2026, 11, 30), period.End);
        Assert.Equal(30, period.Days);
        Assert.Equal("2026-11", period.Label);
        Assert.Equal("Nov 2026", period.DisplayName);
    }

    [Theory]
    [InlineData("FY2026-27 Q1", "2026-04-01", "2026-06-30")]
    [InlineData("FY2026-27 Q2", "2026-07-01", "2026-09-30")]
    [InlineData("FY2026-27 Q3", "2026-10-01", "2026-12-31")]
    [InlineData("FY2026-27 Q4", "2027-01-01", "2027-03-31")]
    [InlineData("FY1999-00 Q4", "2000-01-01", "2000-03-31")]
    public void QuarterFollowsTheIndianFinancialYear(string label, string start, string end)
    {
        var period = Parsed(label);

        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void QuarterLabelIsReadCaseInsensitively()
    {
        Assert.Equal("FY2026-27 Q3", Parsed(" fy2026-27 q3 ").Label);
    }

    [Theory]
    [InlineData("2027-03-31", "FY2026-27")]
    [InlineData("2027-04-01", "FY2027-28")]
    [InlineData("2026-04-01", "FY2026-27")]
    [InlineData("2026-03-31", "FY2025-26")]
    [InlineData("2026-12-31", "FY2026-27")]
    public void FiscalYearChangesBetween31MarchAnd1April(string date, string expected)
    {
        Assert.Equal(expected, FiscalYear.Containing(DateOnly.Parse(date)).Label);
    }

    [Theory]
    [InlineData("2027-03-31", "FY2026-27 Q4")]
    [InlineData("2027-04-01", "FY2027-28 Q1")]
    [InlineData("2026-06-30", "FY2026-27 Q1")]
    [InlineData("2026-07-01", "FY2026-27 Q2")]
    [InlineData("2026-12-31", "FY2026-27 Q3")]
    [InlineData("2027-01-01", "FY2026-27 Q4")]
    public void QuarterContainingADateRespectsBoundaries(string date, string expected)
    {
        Assert.Equal(expected, Period.Containing(PeriodKind.Quarterly, DateOnly.Parse(date)).Label);
    }

    [Fact]
    public void MonthBelongsToTheFinancialYearItFallsIn()
    {
        Assert.Equal("FY2025-26", Parsed("2026-03").FiscalYear.Label);
        Assert.Equal("FY2026-27", Parsed("2026-04").FiscalYear.Label);
    }

    [Theory]
    [InlineData("2026-01", "2025-12", "2025-01")]
    [InlineData("2026-11", "2026-10", "2025-11")]
    [InlineData("FY2026-27 Q1", "FY2025-26 Q4", "FY2025-26 Q1")]
    [InlineData("FY2026-27 Q3", "FY2026-27 Q2", "FY2025-26 Q3")]
    public void PreviousAndSameLastYearStepBackByKind(string label, string previous, string lastYear)
    {
        var period = Parsed(label);

        Assert.Equal(previous, period.Previous().Label);
        Assert.Equal(lastYear, period.SameLastYear().Label);
    }

    [Fact]
    public void OffsetForwardCrossesTheYearEnd()
    {
        Assert.Equal("2027-02", Parsed("2026-11").Offset(3).Label);
        Assert.Equal("FY2027-28 Q2", Parsed("FY2026-27 Q3").Offset(3).Label);
    }

    [Theory]
    [InlineData("2026-13", "month must be 01 to 12")]
    [InlineData("2026-00", "month must be 01 to 12")]
    [InlineData("FY2026-28 Q3", "written FY2026-27")]
    [InlineData("FY2026-27 Q5", "Q1 (Apr–Jun) to Q4 (Jan–Mar)")]
    [InlineData("November 2026", "Write a month as YYYY-MM")]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    public void BadLabelsExplainWhatIsWrong(string? label, string expectedFragment)
    {
        var result = Period.Parse(label);

        Assert.False(result.Ok);
        Assert.Null(result.Period);
        Assert.Contains(expectedFragment, result.Error);
    }

    [Fact]
    public void BadFiscalYearAndQuarterAreReportedTogether()
    {
        var error = Period.Parse("FY2026-30 Q9").Error;

        Assert.Contains("FY2026-27", error);
        Assert.Contains("not Q9", error);
    }

    [Fact]
    public void PeriodRoundTripsThroughJson()
    {
        var period = Parsed("FY2026-27 Q3");

        var copy = JsonSerializer.Deserialize<Period>(JsonSerializer.Serialize(period));

        Assert.Equal(period, copy);
    }

    [Fact]
    public void PeriodsSortInTimeOrder()
    {
        var sorted = new[] { "2026-11", "2025-12", "2026-02" }.Select(Parsed).Order().Select(p => p.Label);

        Assert.Equal(["2025-12", "2026-02", "2026-11"], sorted);
    }

    private static Period Parsed(string label) => Period.Parse(label).Period ?? throw new InvalidOperationException(label);
}
