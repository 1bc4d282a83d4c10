using System.Globalization;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Writes the quarterly cluster form for every financial-year quarter the generated months touch,
/// from the months' facts: trainees are the enterprises trained in the quarter, buyer orders follow
/// collective sales, producer-company members never exceed the roster, funds spent never exceed funds received.
/// </summary>
internal static class QuarterlyRecordBuilder
{
    private const int CfcHoursPerUnitPerMonth = 26 * 8;

    public static List<PilotClusterQuarter> Build(Random random, PilotCluster cluster, ClusterTraits traits, List<MonthFacts> months)
    {
        var quarters = months.GroupBy(m => Period.Containing(PeriodKind.Quarterly, m.Period.Start)).ToList();
        var records = new List<PilotClusterQuarter>(quarters.Count);
        for (var q = 0; q < quarters.Count; q++)
        {
            var quarter = quarters[q].Key;
            var inQuarter = quarters[q].ToList();
            records.Add(new PilotClusterQuarter
            {
                ClusterId = cluster.Id,
                Period = quarter,
                Values = Values(random, traits, quarter, q, inQuarter, months[0].Period),
            });
        }
        return records;
    }

    private static Dictionary<string, object?> Values(
        Random random, ClusterTraits traits, Period quarter, int index, List<MonthFacts> months, Period firstMonth)
    {
        var enrolled = months[^1].Enrolled;
        var registered = traits.PcRegistrationQuarter is int at && at <= index;
        var cfcAvailable = (long)traits.CfcUnits * CfcHoursPerUnitPerMonth * months.Count;
        var season = months.Average(m => m.Season);
        var trainees = months.Sum(m => m.NewlyTrained);
        var orders = RandomDraws.Rupees(months.Sum(m => m.RevenueViaCollective) * random.Between(0.3, 0.6), 100);
        var fairs = random.Next(0, 3) + (quarter.Number == 3 ? 1 : 0);
        var received = RandomDraws.Rupees(random.Between(3_00_000, 10_00_000) * months.Count / 3.0, 1000);

        return new Dictionary<string, object?>(ClusterFormFields.All.Count, StringComparer.Ordinal)
        {
            [ClusterFormFields.PcRegistered] = registered,
            [ClusterFormFields.PcRegistrationDate] = registered ? RegistrationDate(traits, firstMonth) : null,
            [ClusterFormFields.PcMembers] = registered
                ? Math.Min(enrolled, (long)Math.Round(enrolled * traits.PcMembershipShare * (1 + (0.02 * index))))
                : 0L,
            [ClusterFormFields.CfcHoursAvailable] = cfcAvailable,
            [ClusterFormFields.CfcHoursUsed] = Math.Min(cfcAvailable, (long)Math.Round(cfcAvailable * traits.CfcUtilisation * season * random.Between(0.9, 1.1))),
            [ClusterFormFields.TrainingsHeld] = (long)Math.Ceiling(trainees / 25.0),
            [ClusterFormFields.Trainees] = (long)trainees,
            [ClusterFormFields.BuyerOrdersCount] = orders == 0 ? 0L : Math.Max(1L, (long)Math.Round(orders / random.Between(25_000, 60_000))),
            [ClusterFormFields.BuyerOrdersValue] = orders,
            [ClusterFormFields.FairsAttended] = (long)fairs,
            [ClusterFormFields.FairSales] = fairs * RandomDraws.Rupees(random.Between(20_000, 1_20_000), 100),
            [ClusterFormFields.FundsReceived] = received,
            [ClusterFormFields.FundsSpent] = Math.Min(received, RandomDraws.Rupees(received * random.Between(0.55, 1.0), 100)),
            [ClusterFormFields.TsaStaffInPost] = (long)Math.Max(1, traits.TsaStaff - (random.Chance(0.15) ? 1 : 0)),
        };
    }

    private static string RegistrationDate(ClusterTraits traits, Period firstMonth)
    {
        var firstQuarter = Period.Containing(PeriodKind.Quarterly, firstMonth.Start);
        var date = traits.PcRegistrationQuarter is int at && at >= 0
            ? firstQuarter.Offset(at).Start.AddDays((int)(traits.PcRegistrationDayDraw * 89))
            : firstMonth.Start.AddDays(-200 - (int)(traits.PcRegistrationDayDraw * 1300));
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
