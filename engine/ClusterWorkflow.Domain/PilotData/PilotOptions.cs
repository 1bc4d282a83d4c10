using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Settings of the sample pilot data. The same options (above all the same <see cref="Seed"/>)
/// always give byte-identical data: nothing depends on the clock, on Guids or on hash order.
/// </summary>
public sealed record PilotOptions
{
    /// <summary>Seed of every random choice. Default 20261101.</summary>
    public int Seed { get; init; } = 20261101;

    /// <summary>The month of the demo's open round. Default <c>2026-11</c>.</summary>
    public Period CurrentPeriod { get; init; } = Period.Month(2026, 11);

    /// <summary>Months of approved history before <see cref="CurrentPeriod"/>. Default 12, so <c>t-12</c> has a value.</summary>
    public int HistoryMonths { get; init; } = 12;

    /// <summary>Clusters generated in each pilot district. Default 10 (about 20 in all, as in the program).</summary>
    public int ClustersPerDistrict { get; init; } = 10;

    /// <summary>TSA field officers per district; clusters are dealt to them in turn. Default 3.</summary>
    public int TsaOfficersPerDistrict { get; init; } = 3;

    /// <summary>Fewest enterprises on a cluster's roster in its first month. Default 450.</summary>
    public int MinEnterprises { get; init; } = 450;

    /// <summary>
    /// Most enterprises on a cluster's roster in any month; new starts stop at this size. Default 550.
    /// </summary>
    public int MaxEnterprises { get; init; } = 550;

    /// <summary>Id of the sample program. Default <c>nretp-pilot</c>.</summary>
    public string ProgramId { get; init; } = "nretp-pilot";

    /// <summary>The first month generated: <see cref="CurrentPeriod"/> minus <see cref="HistoryMonths"/>.</summary>
    public Period FirstPeriod => CurrentPeriod.Offset(-HistoryMonths);
}
