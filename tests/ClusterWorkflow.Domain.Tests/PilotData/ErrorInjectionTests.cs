using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class ErrorInjectionTests
{
    private static readonly PilotRosterMonth Roster = PilotSample.Clusters[3].Months[^1];

    [Fact]
    public void InjectErrorsBreaksExactlyTheRowsItReports()
    {
        var injection = PilotErrorInjector.InjectErrors(Roster.Rows, count: 14, seed: 5);

        var brokenRows = Enumerable.Range(0, injection.Rows.Count)
            .Where(i => RosterRuleCheck.Broken(injection.Rows[i], Roster.Period.Days).Count > 0)
            .ToList();

        Assert.Equal(14, injection.Errors.Count);
        Assert.Equal(injection.Errors.Select(e => e.RowIndex), brokenRows);
        Assert.Equal(Roster.Rows.Count, injection.Rows.Count);
    }

    [Fact]
    public void EachReportedMistakeBreaksTheRuleItNames()
    {
        var injection = PilotErrorInjector.InjectErrors(Roster.Rows, count: 14, seed: 5);

        Assert.All(injection.Errors, error =>
        {
            var broken = RosterRuleCheck.Broken(injection.Rows[error.RowIndex], Roster.Period.Days);
            var expected = error.Kind switch
            {
                InjectedErrorKind.PersonDaysTooHigh => "person-days",
                InjectedErrorKind.ClosedWithRevenue => "closed-zero",
                InjectedErrorKind.OverdueAboveOutstanding => "overdue",
                InjectedErrorKind.MissingOwnerGender => "required:owner_gender",
                InjectedErrorKind.TextInNumberColumn => "number:" + error.Field,
                InjectedErrorKind.CollectiveSalesAboveRevenue => "collective-revenue",
                InjectedErrorKind.DaysOperatedAboveMonth => "days",
                _ => "?",
            };
            Assert.Equal([expected], broken);
            Assert.Equal(Roster.Rows[error.RowIndex][RosterFields.EnterpriseId], error.EnterpriseId);
            Assert.Equal(Roster.Rows[error.RowIndex][error.Field], error.OriginalValue);
            Assert.Equal(injection.Rows[error.RowIndex][error.Field], error.InjectedValue);
            Assert.Equal(error.RowIndex + 2, error.SheetRow);
        });
    }

    [Fact]
    public void FourteenMistakesUseEveryKindTwice()
    {
        var injection = PilotErrorInjector.InjectErrors(Roster.Rows, count: 14, seed: 5);

        Assert.All(Enum.GetValues<InjectedErrorKind>(), kind => Assert.Equal(2, injection.Errors.Count(e => e.Kind == kind)));
        Assert.Equal(14, injection.Errors.Select(e => e.RowIndex).Distinct().Count());
    }

    [Fact]
    public void TheInputRosterIsNotChanged()
    {
        var before = RosterCsvWriter.ToCsv(Roster.Rows);

        var injection = PilotErrorInjector.InjectErrors(Roster.Rows, count: 20, seed: 9);

        Assert.Equal(before, RosterCsvWriter.ToCsv(Roster.Rows));
        Assert.NotEqual(before, RosterCsvWriter.ToCsv(injection.Rows));
    }

    [Fact]
    public void FixingTheReportedMistakesGivesBackTheOriginalRoster()
    {
        var injection = PilotErrorInjector.InjectErrors(Roster.Rows, count: 20, seed: 9);

        var fixedRows = PilotErrorInjector.Fix(injection.Rows, injection.Errors);

        Assert.Equal(RosterCsvWriter.ToCsv(Roster.Rows), RosterCsvWriter.ToCsv(fixedRows));
    }

    [Fact]
    public void SameSeedInjectsTheSameMistakesAndAnotherSeedOthers()
    {
        var one = PilotErrorInjector.InjectErrors(Roster.Rows, count: 10, seed: 1);
        var again = PilotErrorInjector.InjectErrors(Roster.Rows, count: 10, seed: 1);
        var other = PilotErrorInjector.InjectErrors(Roster.Rows, count: 10, seed: 2);

        Assert.Equal(one.Errors, again.Errors);
        Assert.NotEqual(one.Errors.Select(e => e.RowIndex), other.Errors.Select(e => e.RowIndex));
    }

    [Fact]
    public void OnlyTheRequestedKindsAreUsed()
    {
        var injection = PilotErrorInjector.InjectErrors(Roster.Rows, count: 3, seed: 4, [InjectedErrorKind.MissingOwnerGender]);

        Assert.Equal(3, injection.Errors.Count);
        Assert.All(injection.Errors, e => Assert.Equal((RosterFields.OwnerGender, (object?)null), (e.Field, injection.Rows[e.RowIndex][e.Field])));
    }

    [Fact]
    public void ASmallRosterGetsNoMoreMistakesThanItHasRowsThatFit()
    {
        var rows = Roster.Rows.Take(3).ToList();

        var injection = PilotErrorInjector.InjectErrors(rows, count: 10, seed: 1);
        var none = PilotErrorInjector.InjectErrors([], count: 5, seed: 1);

        Assert.Equal(3, injection.Errors.Count);
        Assert.Empty(none.Errors);
    }
}
