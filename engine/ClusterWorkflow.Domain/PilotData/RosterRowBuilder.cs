using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Writes an enterprise's month as a roster row. Every row satisfies the roster rules of PILOT.md:
/// only an active enterprise has workers, days, revenue and costs; person-days never exceed
/// workers × days operated; collective amounts never exceed their totals; overdue never exceeds outstanding.
/// A not-traced enterprise's counts, money and loans are null, as the form leaves them unasked.
/// </summary>
internal static class RosterRowBuilder
{
    /// <summary>Revenue drifts up by this much a month, relative to the first month.</summary>
    private const double TrendPerMonth = 0.003;

    /// <summary>The fields that are zero when the enterprise is not active this month.</summary>
    private static readonly string[] ActivityFields =
    [
        RosterFields.WorkersFamilyFemale, RosterFields.WorkersFamilyMale, RosterFields.WorkersHiredFemale, RosterFields.WorkersHiredMale,
        RosterFields.DaysOperated, RosterFields.PersonDays, RosterFields.RevenueTotal, RosterFields.RevenueViaCollective,
        RosterFields.RawMaterialCost, RosterFields.RmViaCollective, RosterFields.OtherCosts, RosterFields.WagesPaid,
    ];

    public static Dictionary<string, object?> Build(
        Random random, EnterpriseState state, ActivityProfile activity, ClusterTraits traits, Period period, int monthIndex)
    {
        var row = new Dictionary<string, object?>(RosterFields.All.Count, StringComparer.Ordinal)
        {
            [RosterFields.EnterpriseId] = state.Profile.Id,
            [RosterFields.Status] = state.Status,
            [RosterFields.OwnerGender] = state.Profile.OwnerGender,
            [RosterFields.SocialCategory] = state.Profile.SocialCategory,
        };

        if (state.Status == EnterpriseStatuses.NotTraced)
        {
            // The form does not ask these of an enterprise nobody could find: its rows leave them empty.
            foreach (var field in ActivityFields)
            {
                row[field] = null;
            }
            row[RosterFields.LoanOutstanding] = null;
            row[RosterFields.LoanOverdue] = null;
            row[RosterFields.TrainedThisFy] = state.TrainedThisFy;
            return row;
        }

        if (state.Status == EnterpriseStatuses.Active)
        {
            AddActivity(row, random, state, activity, traits, period, monthIndex);
        }
        else
        {
            foreach (var field in ActivityFields)
            {
                row[field] = BoxedLong.Zero;
            }
        }

        row[RosterFields.LoanOutstanding] = BoxedLong.Of(state.LoanOutstanding);
        row[RosterFields.LoanOverdue] = BoxedLong.Of(Math.Min(state.LoanOverdue, state.LoanOutstanding));
        row[RosterFields.TrainedThisFy] = state.TrainedThisFy;
        return row;
    }

    private static void AddActivity(
        Dictionary<string, object?> row, Random random, EnterpriseState state, ActivityProfile activity, ClusterTraits traits, Period period, int monthIndex)
    {
        var season = activity.Seasonality[period.Number - 1];
        var (hiredFemale, hiredMale) = (state.HiredFemale, state.HiredMale);
        if (season < 0.8 && hiredFemale + hiredMale > 1 && random.Chance(0.5))
        {
            // Slack season: one hired worker fewer.
            if (hiredMale > 0)
            {
                hiredMale--;
            }
            else
            {
                hiredFemale--;
            }
        }
        var workers = state.FamilyFemale + state.FamilyMale + hiredFemale + hiredMale;

        var days = activity.TypicalDays >= 28
            ? period.Days - random.Next(0, 2)
            : (int)Math.Round((activity.TypicalDays * (0.75 + (0.25 * season))) + (2 * random.Gaussian()));
        days = Math.Clamp(days, 1, period.Days);
        var personDays = Math.Clamp((long)Math.Round(workers * days * random.Between(0.75, 1.0)), 1, (long)workers * days);

        var revenue = RandomDraws.Rupees(state.RevenueBase * season * (1 + (TrendPerMonth * monthIndex)) * random.LogNormalFactor(0.12));
        var rawMaterial = RandomDraws.Rupees(revenue * state.RawMaterialShare * random.Between(0.9, 1.1));
        var otherCosts = RandomDraws.Rupees(revenue * activity.OtherCostShare * random.Between(0.8, 1.2));
        var hiredPersonDays = personDays * (hiredFemale + hiredMale) / (double)workers;
        var wages = RandomDraws.Rupees(hiredPersonDays * activity.DailyWage * random.Between(0.9, 1.1));
        var linkageGrowth = 1 + (traits.LinkageGrowthPerMonth * monthIndex);

        row[RosterFields.WorkersFamilyFemale] = BoxedLong.Of(state.FamilyFemale);
        row[RosterFields.WorkersFamilyMale] = BoxedLong.Of(state.FamilyMale);
        row[RosterFields.WorkersHiredFemale] = BoxedLong.Of(hiredFemale);
        row[RosterFields.WorkersHiredMale] = BoxedLong.Of(hiredMale);
        row[RosterFields.DaysOperated] = BoxedLong.Of(days);
        row[RosterFields.PersonDays] = BoxedLong.Of(personDays);
        row[RosterFields.RevenueTotal] = revenue;
        row[RosterFields.RevenueViaCollective] = BoxedLong.Of(Math.Min(revenue, RandomDraws.Rupees(revenue * state.ForwardFraction * linkageGrowth)));
        row[RosterFields.RawMaterialCost] = rawMaterial;
        row[RosterFields.RmViaCollective] = BoxedLong.Of(Math.Min(rawMaterial, RandomDraws.Rupees(rawMaterial * state.BackwardFraction * linkageGrowth)));
        row[RosterFields.OtherCosts] = otherCosts;
        row[RosterFields.WagesPaid] = BoxedLong.Of(wages);
    }
}
