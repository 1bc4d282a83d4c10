using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;
using static ClusterWorkflow.Domain.Tests.PilotData.PilotSample;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class PilotRosterShapeTests
{
    [Fact]
    public void EveryClusterHasTwelveMonthsOfHistoryAndTheCurrentMonth()
    {
        string[] expected = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];

        Assert.Equal(20, Clusters.Count);
        Assert.All(Clusters, c => Assert.Equal(expected, c.Months.Select(m => m.Period.Label)));
        Assert.All(Clusters, c => Assert.All(c.Months, m => Assert.Equal(c.Cluster.Id, m.ClusterId)));
    }

    [Fact]
    public void RostersHoldBetween450And550Enterprises()
    {
        Assert.All(Clusters, c => Assert.All(c.Months, m => Assert.InRange(m.Rows.Count, 450, 550)));
    }

    [Fact]
    public void EnterpriseIdsAreStableUniqueAndNeverReused()
    {
        Assert.All(Clusters, cluster =>
        {
            var everSeen = new List<string>();
            foreach (var month in cluster.Months)
            {
                var ids = month.Rows.Select(r => (string)r[RosterFields.EnterpriseId]!).ToList();
                Assert.Equal(ids.Count, ids.Distinct().Count());
                // An enterprise stays on the roster once enrolled (closed ones too), and keeps its row position.
                Assert.Equal(everSeen, ids.Take(everSeen.Count));
                everSeen = ids;
            }
            Assert.Equal(cluster.Enterprises.Select(e => e.Id), everSeen);
            Assert.All(everSeen, id => Assert.StartsWith(cluster.Cluster.Code + "-", id, StringComparison.Ordinal));
        });
        var all = Clusters.SelectMany(c => c.Enterprises).Select(e => e.Id).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void OwnerProfileNeverChangesFromMonthToMonth()
    {
        Assert.All(Clusters, cluster =>
        {
            var profiles = cluster.Enterprises.ToDictionary(e => e.Id);
            Assert.All(cluster.Months.SelectMany(m => m.Rows), row =>
            {
                var profile = profiles[(string)row[RosterFields.EnterpriseId]!];
                Assert.Equal((profile.OwnerGender, profile.SocialCategory), ((string)row[RosterFields.OwnerGender]!, (string)row[RosterFields.SocialCategory]!));
            });
        });
    }

    [Fact]
    public void NewStartsJoinAfterTheFirstMonthWithNewIds()
    {
        var newStarts = Clusters.SelectMany(c => c.Enterprises).Where(e => e.FirstPeriod != Program.FirstPeriod).ToList();

        Assert.InRange(newStarts.Count, 200, 1000);
        Assert.All(Clusters, cluster =>
        {
            var firstIds = cluster.Months[0].Rows.Select(r => (string)r[RosterFields.EnterpriseId]!).ToHashSet();
            var joined = cluster.Enterprises.Where(e => e.FirstPeriod != Program.FirstPeriod).ToList();
            Assert.All(joined, e => Assert.DoesNotContain(e.Id, firstIds));
            Assert.All(joined, e =>
            {
                Assert.Contains(cluster.Month(e.FirstPeriod)!.Rows, r => (string)r[RosterFields.EnterpriseId]! == e.Id);
                Assert.DoesNotContain(cluster.Month(e.FirstPeriod.Previous())!.Rows, r => (string)r[RosterFields.EnterpriseId]! == e.Id);
            });
        });
    }

    [Fact]
    public void AboutThreeQuartersOfEnterprisesAreWomenOwned()
    {
        var current = Clusters.SelectMany(c => c.Months[^1].Rows).ToList();
        var active = current.Where(r => (string)r[RosterFields.Status]! == EnterpriseStatuses.Active).ToList();

        double Share(List<IReadOnlyDictionary<string, object?>> rows) => rows.Count(r => (string)r[RosterFields.OwnerGender]! == "female") / (double)rows.Count;

        Assert.InRange(Share(current), 0.70, 0.80);
        Assert.InRange(Share(active), 0.70, 0.80);
        Assert.Contains(current, r => (string)r[RosterFields.OwnerGender]! == "other");
    }

    [Fact]
    public void OwnAccountEnterprisesHaveAbout1Point2WorkersAndHiringOnesAbout4Point7()
    {
        var active = AllRows().Where(x => (string)x.Row[RosterFields.Status]! == EnterpriseStatuses.Active).Select(x => x.Row).ToList();
        var hiring = active.Where(r => Long(r, RosterFields.WorkersHiredFemale) + Long(r, RosterFields.WorkersHiredMale) > 0).ToList();
        var ownAccount = active.Except(hiring).ToList();

        Assert.InRange(ownAccount.Average(r => (double)Workers(r)), 1.1, 1.3);
        Assert.InRange(hiring.Average(r => (double)Workers(r)), 4.3, 5.1);
        Assert.InRange(hiring.Count / (double)active.Count, 0.08, 0.20);
    }

    [Fact]
    public void OwnAccountGrossValueAddedIsAboutSevenToEightThousandRupeesAMonth()
    {
        // GVA = revenue − raw material − other costs, averaged over the active own-account rows of the year.
        var gva = AllRows()
            .Where(x => (string)x.Row[RosterFields.Status]! == EnterpriseStatuses.Active
                && Long(x.Row, RosterFields.WorkersHiredFemale) + Long(x.Row, RosterFields.WorkersHiredMale) == 0)
            .GroupBy(x => x.Cluster.Cluster.ActivityId)
            .ToDictionary(g => g.Key, g => g.Average(x => (double)(Long(x.Row, RosterFields.RevenueTotal) - Long(x.Row, RosterFields.RawMaterialCost) - Long(x.Row, RosterFields.OtherCosts))));

        Assert.Equal(4, gva.Count);
        Assert.All(gva, pair => Assert.InRange(pair.Value, 6_500, 8_500));
    }

    [Fact]
    public void EmbroideryEarnsMostInTheFestivalMonthsAndLeastInTheMonsoon()
    {
        var embroidery = Clusters.Where(c => c.Cluster.ActivityId == "zari-zardozi").ToList();
        long Turnover(string label) => embroidery.Sum(c => c.Months.Single(m => m.Period.Label == label).Rows.Sum(r => Long(r, RosterFields.RevenueTotal)));

        Assert.True(Turnover("2026-10") > 1.4 * Turnover("2026-07"));
        Assert.True(Turnover("2026-11") > 1.4 * Turnover("2026-08"));
        Assert.True(Turnover("2026-08") < Turnover("2026-04"));
    }

    [Fact]
    public void CollectiveSalesAndRawMaterialSharesDifferFromClusterToCluster()
    {
        double Share(PilotClusterData c, string part, string whole) =>
            c.Months[^1].Rows.Sum(r => Long(r, part)) / (double)c.Months[^1].Rows.Sum(r => Long(r, whole));
        var forward = Clusters.Select(c => Share(c, RosterFields.RevenueViaCollective, RosterFields.RevenueTotal)).ToList();
        var backward = Clusters.Select(c => Share(c, RosterFields.RmViaCollective, RosterFields.RawMaterialCost)).ToList();

        Assert.True(forward.Max() - forward.Min() > 0.2, $"forward {forward.Min():F2}..{forward.Max():F2}");
        Assert.True(backward.Max() - backward.Min() > 0.2, $"backward {backward.Min():F2}..{backward.Max():F2}");
        Assert.All(forward.Concat(backward), s => Assert.InRange(s, 0.0, 0.9));
    }

    [Fact]
    public void SomeLoansAreOverdueButMostAreRepaidOnTime()
    {
        var rows = Clusters.SelectMany(c => c.Months[^1].Rows).ToList();
        var borrowers = rows.Count(r => Long(r, RosterFields.LoanOutstanding) > 0);
        var overdue = rows.Count(r => Long(r, RosterFields.LoanOverdue) > 0);
        var share = rows.Sum(r => Long(r, RosterFields.LoanOverdue)) / (double)rows.Sum(r => Long(r, RosterFields.LoanOutstanding));

        Assert.InRange(borrowers / (double)rows.Count, 0.2, 0.5);
        Assert.InRange(overdue / (double)borrowers, 0.03, 0.25);
        Assert.InRange(share, 0.03, 0.25);
    }

    [Fact]
    public void TrainingFlagsResetWhenTheFinancialYearStartsInApril()
    {
        Assert.All(Clusters, c =>
        {
            var march = c.Month(Period.Month(2026, 3))!.Rows.Count(r => (bool)r[RosterFields.TrainedThisFy]!);
            var april = c.Month(Period.Month(2026, 4))!.Rows.Count(r => (bool)r[RosterFields.TrainedThisFy]!);
            Assert.True(april < march / 2, $"{c.Cluster.Id}: {april} trained in April, {march} in March");
        });
    }
}
