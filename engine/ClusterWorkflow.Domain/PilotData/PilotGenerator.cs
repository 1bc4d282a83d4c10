using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// The deterministic generator of the sample pilot: the same <see cref="PilotOptions"/> give the
/// same program and byte-identical rosters on every machine and every run. Each cluster is
/// generated from its own sub-seed, so one cluster can be generated alone and clusters can be
/// generated in parallel. Thread-safe: the generator holds no mutable state.
/// </summary>
public sealed class PilotGenerator
{
    /// <summary>Checks the options and lays out the hierarchy.</summary>
    /// <exception cref="ArgumentException">The options are inconsistent; the message lists every problem.</exception>
    public PilotGenerator(PilotOptions? options = null)
    {
        Options = options ?? new PilotOptions();
        var problems = Problems(Options);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The pilot options are not usable: " + string.Join(" ", problems), nameof(options));
        }
        Program = PilotHierarchyBuilder.Build(Options);
    }

    public PilotOptions Options { get; }

    /// <summary>States, districts, clusters and people of the sample program.</summary>
    public PilotProgram Program { get; }

    /// <summary>Every problem with the options, each a sentence saying how to fix it; empty when usable.</summary>
    public static IReadOnlyList<string> Problems(PilotOptions options)
    {
        var problems = new List<string>();
        if (options.CurrentPeriod.Kind != PeriodKind.Monthly)
        {
            problems.Add($"CurrentPeriod must be a month such as 2026-11, not {options.CurrentPeriod.Label}.");
        }
        if (options.HistoryMonths is < 0 or > 120)
        {
            problems.Add($"HistoryMonths must be 0 to 120, not {options.HistoryMonths}.");
        }
        if (options.ClustersPerDistrict is < 1 or > 999)
        {
            problems.Add($"ClustersPerDistrict must be 1 to 999, not {options.ClustersPerDistrict}.");
        }
        if (options.TsaOfficersPerDistrict < 1)
        {
            problems.Add($"TsaOfficersPerDistrict must be at least 1, not {options.TsaOfficersPerDistrict}.");
        }
        if (options.MinEnterprises < 1 || options.MaxEnterprises > 9999 || options.MinEnterprises > options.MaxEnterprises)
        {
            problems.Add($"Enterprises per cluster must satisfy 1 ≤ MinEnterprises ≤ MaxEnterprises ≤ 9999, not {options.MinEnterprises}..{options.MaxEnterprises}.");
        }
        if (string.IsNullOrWhiteSpace(options.ProgramId))
        {
            problems.Add("ProgramId must not be empty.");
        }
        return problems;
    }

    /// <summary>The data of one cluster, or null when <paramref name="clusterId"/> is not in <see cref="Program"/>.</summary>
    public PilotClusterData? GenerateCluster(string clusterId)
    {
        var cluster = Program.Clusters.FirstOrDefault(c => c.Id == clusterId);
        return cluster is null ? null : ClusterSimulation.Run(cluster, Options);
    }

    /// <summary>Every cluster's data, in <see cref="PilotProgram.Clusters"/> order, generated one at a time as enumerated.</summary>
    public IEnumerable<PilotClusterData> GenerateAll() => Program.Clusters.Select(c => ClusterSimulation.Run(c, Options));
}
