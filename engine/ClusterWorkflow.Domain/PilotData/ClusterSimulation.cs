using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Runs one cluster through the generated months with its own seeded <see cref="Random"/>, so a
/// cluster's data depends only on the seed and the cluster, never on which other clusters were generated.
/// </summary>
internal static class ClusterSimulation
{
    public static PilotClusterData Run(PilotCluster cluster, PilotOptions options)
    {
        var random = new Random(StableSeed.For(options.Seed, cluster.Id));
        var activity = PilotHierarchyBuilder.ActivityOf(cluster);
        var district = PilotHierarchyBuilder.DistrictOf(cluster);
        var traits = ClusterTraits.Draw(random, activity);

        var first = options.FirstPeriod;
        var enterprises = new List<EnterpriseState>();
        var initial = random.Next(options.MinEnterprises, options.MinEnterprises + (int)((options.MaxEnterprises - options.MinEnterprises) * 0.6) + 1);
        var monthsSinceApril = ((first.Number - FiscalYear.FirstMonth + 12) % 12) + 1;
        var trainedByNow = 1 - Math.Pow(1 - traits.TrainingRatePerMonth, monthsSinceApril);
        for (var i = 0; i < initial; i++)
        {
            var state = EnterpriseFactory.Create(random, cluster, activity, traits, district, enterprises.Count + 1, first);
            EnterpriseMonthStep.StartStatus(random, state);
            state.TrainedThisFy = state.Status == EnterpriseStatuses.Active && random.Chance(trainedByNow);
            enterprises.Add(state);
        }

        var months = new List<PilotRosterMonth>();
        var facts = new List<MonthFacts>();
        for (var m = 0; m <= options.HistoryMonths; m++)
        {
            var period = first.Offset(m);
            var season = activity.Seasonality[period.Number - 1];
            var newlyTrained = 0;
            if (m > 0)
            {
                foreach (var state in enterprises)
                {
                    EnterpriseMonthStep.AdvanceStatus(random, state, traits, season);
                }
                AddNewStarts(random, cluster, activity, traits, district, options, enterprises, period);
            }

            var rows = new List<IReadOnlyDictionary<string, object?>>(enterprises.Count);
            long viaCollective = 0;
            foreach (var state in enterprises)
            {
                if (m > 0)
                {
                    EnterpriseMonthStep.AdvanceLoan(random, state);
                    newlyTrained += EnterpriseMonthStep.AdvanceTraining(random, state, traits, period.Number) ? 1 : 0;
                }
                var row = RosterRowBuilder.Build(random, state, activity, traits, period, m);
                viaCollective += row[RosterFields.RevenueViaCollective] is long sold ? sold : 0;
                rows.Add(row);
            }
            months.Add(new PilotRosterMonth { ClusterId = cluster.Id, Period = period, Rows = rows });
            facts.Add(new MonthFacts(period, rows.Count, newlyTrained, viaCollective, season));
        }

        return new PilotClusterData
        {
            Cluster = cluster,
            Enterprises = enterprises.Select(e => e.Profile).ToList(),
            Months = months,
            Quarters = QuarterlyRecordBuilder.Build(random, cluster, traits, facts),
        };
    }

    private static void AddNewStarts(
        Random random, PilotCluster cluster, ActivityProfile activity, ClusterTraits traits, PilotDistrictSeed district,
        PilotOptions options, List<EnterpriseState> enterprises, Period period)
    {
        // Uniform on 0..2λ has mean λ, the expected number of starts this month.
        var expected = traits.NewStartRatePerMonth * enterprises.Count;
        var starts = Math.Min(random.Next(0, (int)Math.Round(2 * expected) + 1), options.MaxEnterprises - enterprises.Count);
        for (var s = 0; s < starts; s++)
        {
            // Numbers continue from the highest ever given, so an id is never reused.
            enterprises.Add(EnterpriseFactory.Create(random, cluster, activity, traits, district, enterprises.Count + 1, period));
        }
    }
}
