using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Ui.Submissions;

/// <summary>
/// A submission with what the page needs around it: the cluster, the form versions the round runs on
/// (from the round's plan, so later edits of a form never move a round under way), the KPI pack and
/// the cluster's approved KPI values of earlier periods (for the change since the last round).
/// </summary>
public sealed record SubmissionContext(
    SubmissionView View,
    ClusterProfile? Cluster,
    FormDefinition? ClusterForm,
    FormDefinition? RosterForm,
    KpiPack? KpiPack,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> KpiHistory)
{
    /// <summary>The roster form's top-level repeat, whose rows are the submission's roster.</summary>
    public FieldDefinition? RosterRepeat => RosterForm?.Fields.Find(f => f.Type == FieldType.Repeat);

    /// <summary>The approved value of a KPI in the latest earlier period, if any.</summary>
    public double? PreviousValue(string kpiId) => KpiHistory
        .Where(p => string.CompareOrdinal(p.Key, View.Period) < 0)
        .OrderByDescending(p => p.Key, StringComparer.Ordinal)
        .Select(p => p.Value.GetValueOrDefault(kpiId))
        .FirstOrDefault(v => v is not null);
}
