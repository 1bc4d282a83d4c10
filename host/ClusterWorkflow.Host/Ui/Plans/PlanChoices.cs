using ClusterWorkflow.Abstractions.Clusters;

namespace ClusterWorkflow.Host.Ui.Plans;

/// <summary>What a plan may name in this program: its workflows, forms, KPI packs and clusters (with their districts and states).</summary>
public sealed record PlanChoices(
    IReadOnlyList<string> Workflows,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> KpiPacks,
    IReadOnlyList<ClusterProfile> Clusters)
{
    public IReadOnlyList<string> Districts => Clusters.Select(c => c.District).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> States => Clusters.Select(c => c.State).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
