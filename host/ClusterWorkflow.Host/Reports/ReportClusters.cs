using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Host.Reports;

/// <summary>Small pieces the report builders share: a cluster's heading and the periods a trend covers.</summary>
internal static class ReportClusters
{
    public static ClusterInfo Info(ClusterProfile profile) => new()
    {
        Id = profile.Id,
        Name = profile.Name,
        State = profile.State,
        District = profile.District,
        Block = profile.Block,
        ClusterType = profile.Type.ToString().ToLowerInvariant(),
        Tsa = profile.TsaId,
    };

    /// <summary>
    /// The periods of a trend ending in <paramref name="period"/>: the twelve months before a monthly
    /// round or the eight quarters before a quarterly one, oldest first. An unreadable label gives itself only.
    /// </summary>
    public static List<string> TrendPeriods(string period)
    {
        if (Period.Parse(period).Period is not { } current)
        {
            return [period];
        }
        var span = current.Kind == PeriodKind.Monthly ? 12 : 8;
        return Enumerable.Range(0, span + 1).Select(i => current.Offset(i - span).Label).ToList();
    }

    public static string? Previous(string period) => Period.Parse(period).Period?.Previous().Label;

    public static string? SameLastYear(string period) => Period.Parse(period).Period?.SameLastYear().Label;
}
