using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Draws a new enterprise's profile. Own-account: the owner and, one time in five, a family helper
/// (about 1.2 workers). With hired workers: the owner, half the time a helper, two to four hired
/// and one time in five one more (about 4.7 workers).
/// </summary>
internal static class EnterpriseFactory
{
    private const double CollectiveMemberShare = 0.65;

    public static EnterpriseState Create(
        Random random, PilotCluster cluster, ActivityProfile activity, ClusterTraits traits, PilotDistrictSeed district, int number, Period firstPeriod)
    {
        var gender = random.Chance(traits.WomenOwnedShare) ? "female" : random.Chance(0.97) ? "male" : "other";
        var social = PilotGeography.SocialCategories[random.Weighted(district.SocialCategoryWeights)];
        var hires = random.Chance(activity.HiredEnterpriseShare);
        var ownerIsFemale = gender == "female" || (gender == "other" && random.Chance(0.5));

        int familyFemale = ownerIsFemale ? 1 : 0, familyMale = ownerIsFemale ? 0 : 1;
        var helpers = hires ? (random.Chance(0.5) ? 1 : 0) : (random.Chance(0.2) ? 1 : 0);
        for (var h = 0; h < helpers; h++)
        {
            if (random.Chance(activity.WomenWorkerShare))
            {
                familyFemale++;
            }
            else
            {
                familyMale++;
            }
        }

        int hiredFemale = 0, hiredMale = 0;
        var hired = hires ? random.Next(2, 5) + (random.Chance(0.2) ? 1 : 0) : 0;
        for (var h = 0; h < hired; h++)
        {
            if (random.Chance(activity.WomenWorkerShare))
            {
                hiredFemale++;
            }
            else
            {
                hiredMale++;
            }
        }

        var workers = familyFemale + familyMale + hiredFemale + hiredMale;
        var revenueBase = hires
            ? activity.RevenuePerWorkerHired * workers * random.LogNormalFactor(0.30)
            : activity.OwnAccountRevenue * (1 + (0.3 * helpers)) * random.LogNormalFactor(0.35);
        var member = random.Chance(CollectiveMemberShare);
        var state = new EnterpriseState
        {
            Profile = new PilotEnterprise
            {
                Id = $"{cluster.Code}-{number:D4}",
                ClusterId = cluster.Id,
                OwnerGender = gender,
                SocialCategory = social,
                HiresWorkers = hires,
                FirstPeriod = firstPeriod,
            },
            FamilyFemale = familyFemale,
            FamilyMale = familyMale,
            HiredFemale = hiredFemale,
            HiredMale = hiredMale,
            RevenueBase = revenueBase,
            RawMaterialShare = activity.RawMaterialShare * random.Between(0.85, 1.15),
            ForwardFraction = member ? Math.Min(1, traits.ForwardShare / CollectiveMemberShare * random.Between(0.5, 1.5)) : 0,
            BackwardFraction = member ? Math.Min(1, traits.BackwardShare / CollectiveMemberShare * random.Between(0.5, 1.5)) : 0,
            RepaysLate = random.Chance(traits.LateRepayerShare),
        };
        if (random.Chance(traits.LoanTakeUp))
        {
            TakeLoan(random, state, monthsAlreadyRepaid: random.Next(0, 19));
        }
        return state;
    }

    /// <summary>A 24-month loan, some of it possibly repaid already; late repayers start with arrears.</summary>
    public static void TakeLoan(Random random, EnterpriseState state, int monthsAlreadyRepaid)
    {
        var principal = state.Profile.HiresWorkers ? random.Next(50, 151) * 1000L : random.Next(10, 61) * 1000L;
        state.Instalment = RandomDraws.Rupees(principal / 24.0);
        state.LoanOutstanding = Math.Max(0, principal - (state.Instalment * monthsAlreadyRepaid));
        state.LoanOverdue = state.RepaysLate && monthsAlreadyRepaid > 0
            ? Math.Min(state.LoanOutstanding, state.Instalment * random.Next(1, 4))
            : 0;
    }
}
