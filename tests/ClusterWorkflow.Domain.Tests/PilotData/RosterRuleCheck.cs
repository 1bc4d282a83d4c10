using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

/// <summary>
/// The roster rules of PILOT.md written out in plain C#, independent of the generator, so a test
/// can say which rules a row breaks. Rule names: <c>required:FIELD</c>, <c>number:FIELD</c>,
/// <c>closed-zero</c>, <c>active-workers</c>, <c>days</c>, <c>person-days</c>, <c>collective-revenue</c>,
/// <c>collective-rm</c>, <c>overdue</c>. Counts, money and loans may be empty only on a not-traced row.
/// </summary>
internal static class RosterRuleCheck
{
    private static readonly string[] Statuses = ["active", "temporarily_closed", "closed", "not_traced"];
    private static readonly string[] Genders = ["female", "male", "other"];
    private static readonly string[] Categories = ["SC", "ST", "OBC", "general"];

    public static List<string> Broken(IReadOnlyDictionary<string, object?> row, int daysInMonth)
    {
        var broken = new List<string>();
        Choice(row, RosterFields.EnterpriseId, null, broken);
        Choice(row, RosterFields.Status, Statuses, broken);
        Choice(row, RosterFields.OwnerGender, Genders, broken);
        Choice(row, RosterFields.SocialCategory, Categories, broken);

        var numbers = new Dictionary<string, long>();
        foreach (var field in RosterFields.All.Where(f => f is not (RosterFields.EnterpriseId or RosterFields.Status or RosterFields.OwnerGender or RosterFields.SocialCategory or RosterFields.TrainedThisFy)))
        {
            var cell = row.GetValueOrDefault(field);
            if (cell is long value && value >= 0)
            {
                numbers[field] = value;
            }
            else if (cell is null && row.GetValueOrDefault(RosterFields.Status) as string == "not_traced")
            {
                // Not relevant for an enterprise nobody could find: the form leaves it empty.
            }
            else
            {
                broken.Add("number:" + field);
            }
        }
        if (row.GetValueOrDefault(RosterFields.TrainedThisFy) is not bool)
        {
            broken.Add("required:" + RosterFields.TrainedThisFy);
        }

        long? N(string field) => numbers.TryGetValue(field, out var v) ? v : null;
        var workerCounts = RosterFields.Workers.Select(N).ToList();
        long? workers = workerCounts.Any(w => w is null) ? null : workerCounts.Sum();
        var status = row.GetValueOrDefault(RosterFields.Status) as string;

        if (status == "closed" && (N(RosterFields.RevenueTotal) is not 0 || workers is not 0))
        {
            broken.Add("closed-zero");
        }
        if (status == "active" && workers is < 1)
        {
            broken.Add("active-workers");
        }
        if (N(RosterFields.DaysOperated) > daysInMonth)
        {
            broken.Add("days");
        }
        if (N(RosterFields.PersonDays) > workers * N(RosterFields.DaysOperated))
        {
            broken.Add("person-days");
        }
        if (N(RosterFields.RevenueViaCollective) > N(RosterFields.RevenueTotal))
        {
            broken.Add("collective-revenue");
        }
        if (N(RosterFields.RmViaCollective) > N(RosterFields.RawMaterialCost))
        {
            broken.Add("collective-rm");
        }
        if (N(RosterFields.LoanOverdue) > N(RosterFields.LoanOutstanding))
        {
            broken.Add("overdue");
        }
        return broken;
    }

    private static void Choice(IReadOnlyDictionary<string, object?> row, string field, string[]? allowed, List<string> broken)
    {
        if (row.GetValueOrDefault(field) is not string text || text.Length == 0 || (allowed is not null && !allowed.Contains(text)))
        {
            broken.Add("required:" + field);
        }
    }
}
