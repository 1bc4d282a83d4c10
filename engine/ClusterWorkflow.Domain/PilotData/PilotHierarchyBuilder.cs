using System.Globalization;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Lays out states, districts, clusters and people. Pure arithmetic on the options, no randomness:
/// cluster i of a district gets block i mod blocks, activity i mod activities, officer i mod officers.
/// </summary>
internal static class PilotHierarchyBuilder
{
    public static PilotProgram Build(PilotOptions options)
    {
        var states = new List<PilotState>();
        var clusters = new List<PilotCluster>();
        var people = new List<PilotPerson>
        {
            new()
            {
                Id = "program-manager", Name = "Nisha Rao (sample program manager)", Role = PilotRole.ProgramManager,
                Scope = [options.ProgramId], Organisation = "DAY-NRLM NRETP cell (sample)",
            },
        };

        foreach (var seed in PilotGeography.Districts)
        {
            var districtClusters = Clusters(seed, options);
            clusters.AddRange(districtClusters);
            people.AddRange(Officers(seed, options, districtClusters));
            people.Add(new PilotPerson
            {
                Id = $"district-reviewer-{seed.DistrictId}", Name = seed.DistrictReviewerName, Role = PilotRole.DistrictReviewer,
                Scope = [seed.DistrictId], Organisation = seed.StateMission,
            });
            people.Add(new PilotPerson
            {
                Id = $"state-reviewer-{seed.StateId}", Name = seed.StateReviewerName, Role = PilotRole.StateReviewer,
                Scope = [seed.StateId], Organisation = seed.StateMission,
            });
            states.Add(new PilotState
            {
                Id = seed.StateId,
                Name = seed.StateName,
                Districts =
                [
                    new PilotDistrict
                    {
                        Id = seed.DistrictId, Name = seed.DistrictName, StateId = seed.StateId,
                        Blocks = seed.Blocks.Take(Math.Max(1, options.ClustersPerDistrict)).ToList(),
                    },
                ],
            });
        }

        people.Add(new PilotPerson
        {
            Id = "viewer", Name = "Research Viewer (sample)", Role = PilotRole.Viewer,
            Scope = [options.ProgramId], Organisation = "Partner research team (sample)",
        });

        return new PilotProgram
        {
            Id = options.ProgramId,
            Name = "NRETP Cluster Development Program: Budaun and Dhamtari pilot (sample data)",
            FirstPeriod = options.FirstPeriod,
            CurrentPeriod = options.CurrentPeriod,
            States = states,
            Clusters = clusters,
            People = people,
        };
    }

    /// <summary>The activity profile of a cluster built by <see cref="Build"/>.</summary>
    public static ActivityProfile ActivityOf(PilotCluster cluster) =>
        DistrictOf(cluster).Activities.First(a => a.Id == cluster.ActivityId);

    /// <summary>The district seed of a cluster built by <see cref="Build"/>.</summary>
    public static PilotDistrictSeed DistrictOf(PilotCluster cluster) =>
        PilotGeography.Districts.First(d => d.DistrictId == cluster.DistrictId);

    private static List<PilotCluster> Clusters(PilotDistrictSeed seed, PilotOptions options)
    {
        var clusters = new List<PilotCluster>();
        var sameBlockAndActivity = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.ClustersPerDistrict; i++)
        {
            var block = seed.Blocks[i % seed.Blocks.Length];
            var activity = seed.Activities[i % seed.Activities.Length];
            var key = $"{block}|{activity.Id}";
            var ordinal = sameBlockAndActivity[key] = sameBlockAndActivity.GetValueOrDefault(key) + 1;
            var suffix = ordinal == 1 ? "" : ordinal.ToString(CultureInfo.InvariantCulture);
            clusters.Add(new PilotCluster
            {
                Id = $"{seed.DistrictId}-{block.ToLowerInvariant()}-{activity.Id}{(ordinal == 1 ? "" : "-" + suffix)}",
                Name = $"{block} {activity.NameWord} Cluster{(ordinal == 1 ? "" : " " + suffix)} (sample)",
                Code = $"{seed.Code}{i + 1:D2}",
                Type = activity.Type,
                StateId = seed.StateId,
                State = seed.StateName,
                DistrictId = seed.DistrictId,
                District = seed.DistrictName,
                Block = block,
                TsaId = OfficerId(seed, i % Math.Max(1, options.TsaOfficersPerDistrict)),
                ActivityId = activity.Id,
                Activity = activity.Label,
            });
        }
        return clusters;
    }

    private static IEnumerable<PilotPerson> Officers(PilotDistrictSeed seed, PilotOptions options, List<PilotCluster> clusters)
    {
        var officers = Math.Max(1, options.TsaOfficersPerDistrict);
        for (var o = 0; o < officers; o++)
        {
            var id = OfficerId(seed, o);
            var name = seed.OfficerNames[o % seed.OfficerNames.Length];
            yield return new PilotPerson
            {
                Id = id,
                Name = o < seed.OfficerNames.Length ? name : $"{name} {o + 1}",
                Role = PilotRole.TsaOfficer,
                Scope = clusters.Where(c => c.TsaId == id).Select(c => c.Id).ToList(),
                Organisation = seed.TsaAgency,
            };
        }
    }

    private static string OfficerId(PilotDistrictSeed seed, int index) => $"tsa-{seed.DistrictId}-{index + 1}";
}
