using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// The clusters of a load round from the pilot generator: as many districts' worth as asked (the
/// generator makes at most 999 per district; beyond that clusters are repeated under new ids), each
/// with a roster of about <c>enterprises</c> rows for the round's month and its quarter's cluster form.
/// </summary>
public sealed class PilotRound
{
    private readonly PilotGenerator generator;
    private readonly Dictionary<string, PilotCluster> sources = new(StringComparer.Ordinal);

    public PilotRound(string programId, Period period, int clusters, int enterprises, int seed)
    {
        var districts = 2;
        var perDistrict = Math.Clamp((clusters + districts - 1) / districts, 1, 999);
        generator = new PilotGenerator(new PilotOptions
        {
            ProgramId = programId,
            Seed = seed,
            CurrentPeriod = period,
            HistoryMonths = 0,
            ClustersPerDistrict = perDistrict,
            TsaOfficersPerDistrict = Math.Max(1, perDistrict / 10),
            MinEnterprises = enterprises,
            MaxEnterprises = enterprises,
        });
        var generated = generator.Program.Clusters;
        var list = new List<PilotCluster>();
        for (var copy = 0; list.Count < clusters; copy++)
        {
            foreach (var cluster in generated)
            {
                if (list.Count == clusters) break;
                var id = copy == 0 ? cluster.Id : $"{cluster.Id}-c{copy}";
                list.Add(cluster with { Id = id });
                sources[id] = cluster;
            }
        }
        Clusters = list;
        Period = period;
    }

    public Period Period { get; }

    public IReadOnlyList<PilotCluster> Clusters { get; }

    /// <summary>The TSA officers, district and state ids the clusters name.</summary>
    public IEnumerable<string> TsaIds => Clusters.Select(c => c.TsaId).Distinct(StringComparer.Ordinal);

    /// <summary>Generates the cluster's month (roster rows) and quarter (cluster form values).</summary>
    public (IReadOnlyList<IReadOnlyDictionary<string, object?>> Roster, IReadOnlyDictionary<string, object?> ClusterValues) Data(PilotCluster cluster)
    {
        var data = generator.GenerateCluster(sources[cluster.Id].Id)!;
        var month = data.Months[^1];
        // The generator leaves the form's own "quarter" field to the person filling it in.
        var quarter = new Dictionary<string, object?>(data.Quarters.Count > 0 ? data.Quarters[^1].Values : new Dictionary<string, object?>())
        {
            ["quarter"] = QuarterLabel(Period),
        };
        return (month.Rows, quarter);
    }

    /// <summary>The financial-year quarter of a month as the cluster form writes it: <c>FY2026-27 Q3</c>.</summary>
    public static string QuarterLabel(Period month)
    {
        var start = month.Start;
        var fiscalYear = start.Month >= 4 ? start.Year : start.Year - 1;
        var quarter = (start.Month + 8) % 12 / 3 + 1;
        return $"FY{fiscalYear}-{(fiscalYear + 1) % 100:00} Q{quarter}";
    }
}
