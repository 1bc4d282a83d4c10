using System.Security.Cryptography;
using System.Text.Json;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class PilotDeterminismTests
{
    private static readonly PilotOptions Small = new() { ClustersPerDistrict = 3, MinEnterprises = 60, MaxEnterprises = 80 };

    [Fact]
    public void SameSeedGivesByteIdenticalOutput()
    {
        // The shared sample was generated on another thread, possibly while other tests ran: still the same bytes.
        var fresh = new PilotGenerator(new PilotOptions { Seed = new PilotOptions().Seed });

        Assert.Equal(Hash(PilotSample.Program, PilotSample.Clusters), Hash(fresh));
    }

    [Fact]
    public void DifferentSeedGivesDifferentRostersButTheSameHierarchy()
    {
        var one = new PilotGenerator(Small with { Seed = 1 });
        var two = new PilotGenerator(Small with { Seed = 2 });

        Assert.Equal(Json(one.Program), Json(two.Program));
        Assert.NotEqual(Hash(one), Hash(two));
        Assert.NotEqual(
            RosterCsvWriter.ToCsv(one.GenerateAll().First().Months[^1].Rows),
            RosterCsvWriter.ToCsv(two.GenerateAll().First().Months[^1].Rows));
    }

    [Fact]
    public void AClusterGeneratedAloneEqualsTheSameClusterGeneratedWithAllTheOthers()
    {
        var generator = new PilotGenerator(Small);
        var all = generator.GenerateAll().ToList();

        var alone = generator.GenerateCluster(all[4].Cluster.Id);

        Assert.NotNull(alone);
        Assert.Equal(Json(all[4]), Json(alone));
    }

    [Fact]
    public void AClusterKeepsItsDataWhenTheProgramHasMoreClusters()
    {
        var fewer = new PilotGenerator(Small).GenerateCluster("budaun-ujhani-zari-zardozi");
        var more = new PilotGenerator(Small with { ClustersPerDistrict = 8 }).GenerateCluster("budaun-ujhani-zari-zardozi");

        Assert.Equal(Json(fewer), Json(more));
    }

    [Fact]
    public void UnknownClusterGivesNothing()
    {
        Assert.Null(new PilotGenerator(Small).GenerateCluster("no-such-cluster"));
    }

    [Fact]
    public void InconsistentOptionsAreRefusedWithEveryProblemNamed()
    {
        var options = new PilotOptions { MinEnterprises = 600, MaxEnterprises = 500, ClustersPerDistrict = 0, CurrentPeriod = Period.Quarter(2026, 3) };

        var problems = PilotGenerator.Problems(options);
        var error = Assert.Throws<ArgumentException>(() => new PilotGenerator(options));

        Assert.Equal(3, problems.Count);
        Assert.Contains("600..500", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClustersPerDistrict must be 1 to 999, not 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("not FY2026-27 Q3", error.Message, StringComparison.Ordinal);
    }

    private static string Hash(PilotGenerator generator) => Hash(generator.Program, generator.GenerateAll().ToList());

    private static string Hash(PilotProgram program, IReadOnlyList<PilotClusterData> clusters) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { program, clusters })));

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
