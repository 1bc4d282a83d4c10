using ClusterWorkflow.Domain.PilotData;
using static ClusterWorkflow.Domain.Tests.PilotData.PilotSample;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class PilotRosterRuleTests
{
    [Fact]
    public void EveryGeneratedRowPassesTheRosterRules()
    {
        var broken = AllRows()
            .Select(x => (x.Month.Period.Label, Id: x.Row[RosterFields.EnterpriseId], Rules: RosterRuleCheck.Broken(x.Row, x.Month.Period.Days)))
            .Where(x => x.Rules.Count > 0)
            .Take(5)
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void EveryRowHasEveryFieldWithItsDocumentedType()
    {
        var (_, _, row) = AllRows().First();

        Assert.Equal(RosterFields.All, row.Keys);
        Assert.All(AllRows(), x =>
        {
            Assert.Equal(RosterFields.All.Count, x.Row.Count);
            Assert.IsType<bool>(x.Row[RosterFields.TrainedThisFy]);
            if ((string)x.Row[RosterFields.Status]! != EnterpriseStatuses.NotTraced)
            {
                Assert.IsType<long>(x.Row[RosterFields.RevenueTotal]);
                Assert.IsType<long>(x.Row[RosterFields.PersonDays]);
            }
        });
    }

    [Fact]
    public void ClosuresExistAndClosedRowsHaveNoRevenueWorkersOrDays()
    {
        var closed = AllRows().Where(x => (string)x.Row[RosterFields.Status]! == EnterpriseStatuses.Closed).Select(x => x.Row).ToList();

        Assert.True(closed.Count > 100, $"only {closed.Count} closed rows");
        Assert.All(closed, row =>
        {
            Assert.Equal(0L, Long(row, RosterFields.RevenueTotal));
            Assert.Equal(0L, Workers(row));
            Assert.Equal(0L, Long(row, RosterFields.DaysOperated));
            Assert.Equal(0L, Long(row, RosterFields.PersonDays));
        });
    }

    [Fact]
    public void EveryClusterHasClosuresInTheCurrentMonthAfterActivityAMonthBefore()
    {
        // The KPI "closures": closed at t, active at t-1. Over the year every cluster has some.
        Assert.All(Clusters, cluster =>
        {
            var closures = 0;
            for (var m = 1; m < cluster.Months.Count; m++)
            {
                var before = cluster.Months[m - 1].Rows.ToDictionary(r => (string)r[RosterFields.EnterpriseId]!, r => (string)r[RosterFields.Status]!);
                closures += cluster.Months[m].Rows.Count(r => (string)r[RosterFields.Status]! == EnterpriseStatuses.Closed
                    && before.GetValueOrDefault((string)r[RosterFields.EnterpriseId]!) == EnterpriseStatuses.Active);
            }
            Assert.InRange(closures, 5, 60);
        });
    }

    [Fact]
    public void TemporarilyClosedEnterprisesHaveNoActivityAndNotTracedOnesLeaveItEmpty()
    {
        var paused = AllRows().Where(x => (string)x.Row[RosterFields.Status]! == EnterpriseStatuses.TemporarilyClosed).Select(x => x.Row).ToList();
        var missing = AllRows().Where(x => (string)x.Row[RosterFields.Status]! == EnterpriseStatuses.NotTraced).Select(x => x.Row).ToList();

        Assert.NotEmpty(paused);
        Assert.NotEmpty(missing);
        Assert.All(paused, row => Assert.Equal((0L, 0L, 0L), (Workers(row), Long(row, RosterFields.RevenueTotal), Long(row, RosterFields.PersonDays))));
        Assert.All(missing, row =>
        {
            Assert.Null(row[RosterFields.RevenueTotal]);
            Assert.Null(row[RosterFields.WorkersFamilyFemale]);
            Assert.Null(row[RosterFields.LoanOutstanding]);
            Assert.IsType<string>(row[RosterFields.OwnerGender]);
            Assert.IsType<bool>(row[RosterFields.TrainedThisFy]);
        });
    }

    [Fact]
    public void ActiveEnterprisesWorkAndEarn()
    {
        var active = AllRows().Where(x => (string)x.Row[RosterFields.Status]! == EnterpriseStatuses.Active).ToList();

        Assert.All(active, x =>
        {
            Assert.True(Workers(x.Row) >= 1);
            Assert.InRange(Long(x.Row, RosterFields.DaysOperated), 1, x.Month.Period.Days);
            Assert.True(Long(x.Row, RosterFields.RevenueTotal) > 0);
        });
    }

    [Fact]
    public void WagesArePaidOnlyByEnterprisesWithHiredWorkers()
    {
        Assert.All(AllRows(), x =>
        {
            var hired = Long(x.Row, RosterFields.WorkersHiredFemale) + Long(x.Row, RosterFields.WorkersHiredMale);
            Assert.True(hired > 0 || Long(x.Row, RosterFields.WagesPaid) == 0);
        });
    }
}
