using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Abstractions.Clusters;

/// <summary>A cluster [key: cluster id]: profile, TSA, enterprise roster and approved KPI history.</summary>
[Alias("cw.cluster")]
public interface IClusterGrain : IGrainWithStringKey
{
    /// <summary>Creates the cluster; repeating the same profile is harmless, a different one is a conflict.</summary>
    [Alias("create")]
    Task<Outcome<ClusterProfile>> CreateAsync(ClusterProfile profile);

    /// <summary>The profile, or null when the cluster was never created.</summary>
    [Alias("get")]
    Task<ClusterProfile?> GetAsync();

    /// <summary>The silo that hosts this activation, for operators and for tests of several silos.</summary>
    [Alias("host")]
    Task<string> GetHostSiloAsync();

    /// <summary>
    /// Keeps a period's approved data and KPI values. Publishing the same submission revision again
    /// changes nothing; a later approval of the same period replaces the earlier one.
    /// </summary>
    [Alias("publish")]
    Task PublishAsync(ApprovedPeriod approved);

    /// <summary>The approved periods, oldest first.</summary>
    [Alias("history")]
    Task<IReadOnlyList<ApprovedPeriod>> GetHistoryAsync();

    /// <summary>The approved KPI values by period.</summary>
    [Alias("kpi-history")]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>>> GetKpiHistoryAsync();
}
