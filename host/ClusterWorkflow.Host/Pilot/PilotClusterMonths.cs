using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>Generated pilot data as the product takes it: a cluster's profile, and a month's roster with its quarter's cluster form.</summary>
public static class PilotClusterMonths
{
    public static ClusterProfile Profile(PilotCluster cluster, string programId) => new(
        cluster.Id, programId, cluster.Name,
        cluster.Type == PilotClusterType.Artisanal ? ClusterType.Artisanal : ClusterType.Sectoral,
        cluster.StateId, cluster.DistrictId, cluster.Block, cluster.TsaId, cluster.Activity);

    /// <summary>The month's roster rows (copies), or null when the month was not generated.</summary>
    public static List<Dictionary<string, object?>>? Roster(PilotClusterData data, Period month) =>
        data.Month(month)?.Rows.Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();

    /// <summary>
    /// The cluster form's values of the quarter holding <paramref name="month"/>, with the form's own
    /// <c>quarter</c> field, which the generator leaves to the person filling it in.
    /// </summary>
    public static Dictionary<string, object?> ClusterValues(PilotClusterData data, Period month)
    {
        var quarter = Period.Containing(PeriodKind.Quarterly, month.Start);
        var values = data.Quarter(quarter)?.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        values["quarter"] = quarter.Label;
        return values;
    }

    public static SubmissionData Submission(PilotClusterData data, Period month) =>
        new(ClusterValues(data, month), Roster(data, month) ?? []);
}
