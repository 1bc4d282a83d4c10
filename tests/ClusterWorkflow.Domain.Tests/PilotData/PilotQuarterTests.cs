using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;
using static ClusterWorkflow.Domain.Tests.PilotData.PilotSample;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class PilotQuarterTests
{
    [Fact]
    public void EveryClusterHasTheFiveQuartersItsMonthsTouch()
    {
        // 2025-11 lies in FY2025-26 Q3 (Oct–Dec 2025), 2026-11 in FY2026-27 Q3.
        string[] expected = ["FY2025-26 Q3", "FY2025-26 Q4", "FY2026-27 Q1", "FY2026-27 Q2", "FY2026-27 Q3"];

        Assert.All(Clusters, c => Assert.Equal(expected, c.Quarters.Select(q => q.Period.Label)));
        Assert.All(Clusters, c => Assert.All(c.Quarters, q => Assert.Equal(ClusterFormFields.All, q.Values.Keys)));
    }

    [Fact]
    public void QuarterlyFiguresRespectTheClusterFormRules()
    {
        Assert.All(Clusters.SelectMany(c => c.Quarters.Select(q => (c, q))), x =>
        {
            var v = x.q.Values;
            long N(string field) => (long)v[field]!;
            Assert.True(N(ClusterFormFields.FundsSpent) <= N(ClusterFormFields.FundsReceived));
            Assert.True(N(ClusterFormFields.CfcHoursUsed) <= N(ClusterFormFields.CfcHoursAvailable));
            Assert.True(N(ClusterFormFields.PcMembers) <= x.c.Months.Last(m => m.Period.Start <= x.q.Period.End).Rows.Count);
            Assert.True(N(ClusterFormFields.TsaStaffInPost) >= 1);
            Assert.Equal(N(ClusterFormFields.BuyerOrdersValue) == 0, N(ClusterFormFields.BuyerOrdersCount) == 0);
            var registered = (bool)v[ClusterFormFields.PcRegistered]!;
            Assert.Equal(registered, v[ClusterFormFields.PcRegistrationDate] is string);
            Assert.True(registered || N(ClusterFormFields.PcMembers) == 0);
        });
    }

    [Fact]
    public void AProducerCompanyStaysRegisteredWithOneDateWithinOrBeforeItsQuarter()
    {
        Assert.All(Clusters, c =>
        {
            var flags = c.Quarters.Select(q => (bool)q.Values[ClusterFormFields.PcRegistered]!).ToList();
            Assert.Equal(flags.OrderBy(f => f), flags);
            var dates = c.Quarters.Select(q => q.Values[ClusterFormFields.PcRegistrationDate] as string).OfType<string>().Distinct().ToList();
            Assert.True(dates.Count <= 1);
            var firstRegistered = c.Quarters.FirstOrDefault(q => (bool)q.Values[ClusterFormFields.PcRegistered]!);
            if (firstRegistered is not null)
            {
                Assert.True(DateOnly.Parse(dates[0], System.Globalization.CultureInfo.InvariantCulture) <= firstRegistered.Period.End);
            }
        });
    }

    [Fact]
    public void TraineesAreTheEnterprisesTrainedForTheFirstTimeThatQuarter()
    {
        // Checked from the second quarter on: the first generated month has no month before it to compare with.
        Assert.All(Clusters, c =>
        {
            foreach (var quarter in c.Quarters.Skip(1))
            {
                var trained = 0;
                foreach (var month in c.Months.Where(m => Period.Containing(PeriodKind.Quarterly, m.Period.Start) == quarter.Period))
                {
                    var before = c.Month(month.Period.Previous())!.Rows.ToDictionary(r => (string)r[RosterFields.EnterpriseId]!, r => (bool)r[RosterFields.TrainedThisFy]!);
                    trained += month.Rows.Count(r => (bool)r[RosterFields.TrainedThisFy]!
                        && (month.Period.Number == 4 || !before.GetValueOrDefault((string)r[RosterFields.EnterpriseId]!)));
                }
                Assert.Equal(trained, (long)quarter.Values[ClusterFormFields.Trainees]!);
                Assert.Equal((long)Math.Ceiling(trained / 25.0), (long)quarter.Values[ClusterFormFields.TrainingsHeld]!);
            }
        });
    }

    [Fact]
    public void ClustersDifferInWhetherTheyHaveACommonFacilityCentreAndAProducerCompany()
    {
        var current = Clusters.Select(c => c.Quarters[^1].Values).ToList();

        Assert.Contains(current, v => (long)v[ClusterFormFields.CfcHoursAvailable]! > 0);
        Assert.Contains(current, v => (long)v[ClusterFormFields.CfcHoursAvailable]! == 0);
        Assert.Contains(current, v => (bool)v[ClusterFormFields.PcRegistered]!);
        Assert.Contains(Clusters.SelectMany(c => c.Quarters), q => !(bool)q.Values[ClusterFormFields.PcRegistered]!);
    }
}
