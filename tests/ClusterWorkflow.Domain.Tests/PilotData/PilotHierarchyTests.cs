using System.Text.Json;
using System.Text.RegularExpressions;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class PilotHierarchyTests
{
    private static readonly Regex Slug = new("^[a-z0-9][a-z0-9._-]*$");
    private static readonly PilotProgram Program = new PilotGenerator().Program;

    [Fact]
    public void TenClustersInBudaunAndTenInDhamtariOnTheirOwnBlocks()
    {
        var budaun = Program.Clusters.Where(c => c.DistrictId == "budaun").ToList();
        var dhamtari = Program.Clusters.Where(c => c.DistrictId == "dhamtari").ToList();

        Assert.Equal(20, Program.Clusters.Count);
        Assert.Equal(10, budaun.Count);
        Assert.Equal(10, dhamtari.Count);
        Assert.All(budaun, c => Assert.Equal(("uttar-pradesh", "Uttar Pradesh", "Budaun"), (c.StateId, c.State, c.District)));
        Assert.All(dhamtari, c => Assert.Equal(("chhattisgarh", "Chhattisgarh", "Dhamtari"), (c.StateId, c.State, c.District)));
        Assert.Equal(
            ["Bisauli", "Dataganj", "Islamnagar", "Sahaswan", "Ujhani", "Wazirganj"],
            budaun.Select(c => c.Block).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Dhamtari", "Kurud", "Magarlod", "Nagri"], dhamtari.Select(c => c.Block).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivitiesAreEmbroideryInBudaunAndBambooForestProduceDairyInDhamtari()
    {
        Assert.All(Program.Clusters.Where(c => c.DistrictId == "budaun"), c => Assert.Equal("Zari-zardozi embroidery", c.Activity));
        Assert.Equal(
            [("bamboo-craft", PilotClusterType.Artisanal, 4), ("dairy", PilotClusterType.Sectoral, 3), ("minor-forest-produce", PilotClusterType.Sectoral, 3)],
            Program.Clusters.Where(c => c.DistrictId == "dhamtari")
                .GroupBy(c => (c.ActivityId, c.Type)).Select(g => (g.Key.ActivityId, g.Key.Type, g.Count())).Order());
    }

    [Fact]
    public void EveryNameSaysItIsSampleData()
    {
        Assert.Equal("Ujhani Zari-Zardozi Cluster (sample)", Program.Clusters[0].Name);
        Assert.Equal("Ujhani Zari-Zardozi Cluster 2 (sample)", Program.Clusters[6].Name);
        Assert.All(Program.Clusters, c => Assert.EndsWith("(sample)", c.Name, StringComparison.Ordinal));
        Assert.All(Program.People, p => Assert.Contains("sample", p.Name, StringComparison.Ordinal));
        Assert.Contains("sample", Program.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void IdsAreUniqueLowercaseSlugs()
    {
        var ids = Program.Clusters.Select(c => c.Id).Concat(Program.People.Select(p => p.Id))
            .Concat(Program.States.Select(s => s.Id)).Concat(Program.States.SelectMany(s => s.Districts).Select(d => d.Id)).Append(Program.Id).ToList();

        Assert.All(ids, id => Assert.Matches(Slug, id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("budaun-ujhani-zari-zardozi", Program.Clusters[0].Id);
        Assert.Equal("bdn01", Program.Clusters[0].Code);
        Assert.Equal("dmt10", Program.Clusters[^1].Code);
    }

    [Fact]
    public void ThreeTsaOfficersPerDistrictEachServeSeveralClusters()
    {
        var officers = Program.People.Where(p => p.Role == PilotRole.TsaOfficer).ToList();

        Assert.Equal(["tsa-budaun-1", "tsa-budaun-2", "tsa-budaun-3", "tsa-dhamtari-1", "tsa-dhamtari-2", "tsa-dhamtari-3"], officers.Select(o => o.Id));
        // Clusters 1, 4, 7, 10 of a district go to officer 1; 2, 5, 8 to officer 2; 3, 6, 9 to officer 3.
        Assert.Equal([4, 3, 3, 4, 3, 3], officers.Select(o => o.Scope.Count));
        Assert.All(Program.Clusters, c => Assert.Contains(c.Id, officers.Single(o => o.Id == c.TsaId).Scope));
    }

    [Fact]
    public void ReviewersCoverEachDistrictAndStateAndAProgramManagerSeesTheProgram()
    {
        string[] Scope(PilotRole role) => Program.People.Where(p => p.Role == role).SelectMany(p => p.Scope).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["budaun", "dhamtari"], Scope(PilotRole.DistrictReviewer));
        Assert.Equal(["chhattisgarh", "uttar-pradesh"], Scope(PilotRole.StateReviewer));
        Assert.Equal(["nretp-pilot"], Scope(PilotRole.ProgramManager));
    }

    [Fact]
    public void PeriodsRunFromNovember2025ToTheOpenRoundOfNovember2026()
    {
        Assert.Equal("2025-11", Program.FirstPeriod.Label);
        Assert.Equal("2026-11", Program.CurrentPeriod.Label);
    }

    [Fact]
    public void ProgramRoundTripsThroughJson()
    {
        var json = JsonSerializer.Serialize(Program);

        var back = JsonSerializer.Deserialize<PilotProgram>(json);

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Contains("\"Type\":\"Sectoral\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Role\":\"TsaOfficer\"", json, StringComparison.Ordinal);
    }
}
