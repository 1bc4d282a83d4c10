using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Programs;

[Collection(nameof(ClusterFixture))]
public sealed class ProgramGrainTests(ClusterFixture fixture)
{
    private static ClusterProfile Profile(string programId, string id, string block = "Kurud") =>
        new(id, programId, "Sample Bamboo Craft Cluster (sample data)", ClusterType.Artisanal, "Chhattisgarh", "Dhamtari", block, "tsa-dhamtari");

    [Fact]
    public async Task AddedClusterIsListedAndReadable()
    {
        var program = fixture.Grains.GetGrain<IProgramGrain>("listing");
        Assert.True((await program.CreateAsync("Listing program")).Succeeded);

        var added = await program.AddClusterAsync(Profile("listing", "dhamtari-bamboo-01"));

        Assert.True(added.Succeeded);
        Assert.Equal(["dhamtari-bamboo-01"], (await program.GetAsync())!.ClusterIds);
        Assert.Equal("Kurud", (await fixture.Grains.GetGrain<IClusterGrain>("dhamtari-bamboo-01").GetAsync())!.Block);
        Assert.Single(await program.ListClustersAsync());
    }

    [Fact]
    public async Task AddingTheSameClusterTwiceListsItOnce()
    {
        var program = fixture.Grains.GetGrain<IProgramGrain>("twice");
        await program.CreateAsync("Twice");

        await program.AddClusterAsync(Profile("twice", "dhamtari-bamboo-02"));
        var again = await program.AddClusterAsync(Profile("twice", "dhamtari-bamboo-02"));

        Assert.True(again.Succeeded);
        Assert.Equal(["dhamtari-bamboo-02"], (await program.GetAsync())!.ClusterIds);
    }

    [Fact]
    public async Task AnotherProfileUnderAnExistingClusterIdIsAConflict()
    {
        var program = fixture.Grains.GetGrain<IProgramGrain>("conflict");
        await program.CreateAsync("Conflict");
        await program.AddClusterAsync(Profile("conflict", "dhamtari-bamboo-03"));

        var clash = await program.AddClusterAsync(Profile("conflict", "dhamtari-bamboo-03", block: "Nagri"));

        Assert.Equal(OutcomeStatus.Conflict, clash.Status);
        Assert.Equal("Kurud", (await fixture.Grains.GetGrain<IClusterGrain>("dhamtari-bamboo-03").GetAsync())!.Block);
    }

    [Fact]
    public async Task ClusterOfAProgramThatDoesNotExistIsRefused()
    {
        var outcome = await fixture.Grains.GetGrain<IProgramGrain>("never-created").AddClusterAsync(Profile("never-created", "orphan-01"));

        Assert.Equal(OutcomeStatus.NotFound, outcome.Status);
        Assert.Null(await fixture.Grains.GetGrain<IClusterGrain>("orphan-01").GetAsync());
    }
}
