using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Definitions;

[Collection(nameof(ClusterFixture))]
public sealed class DefinitionGrainTests(ClusterFixture fixture)
{
    private async Task<IDefinitionGrain> FormAsync(string programId, string formId)
    {
        await fixture.Grains.GetGrain<IProgramGrain>(programId).CreateAsync("Definitions " + programId);
        return fixture.Grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.Form, formId));
    }

    [Fact]
    public async Task EachChangedSaveAddsAVersionAndTheProgramListsTheDefinition()
    {
        var form = await FormAsync("defs-versions", "roster");

        var first = await form.SaveAsync("{\"v\":1}", "pm-1", basedOnVersion: 0, note: "first");
        var second = await form.SaveAsync("{\"v\":2}", "pm-2", basedOnVersion: 1, note: null);

        Assert.Equal(1, first.Value!.Version);
        Assert.Equal(2, second.Value!.Version);
        Assert.Equal("{\"v\":1}", (await form.GetVersionAsync(1))!.Content);
        Assert.Equal("pm-2", (await form.GetLatestAsync())!.SavedBy);
        Assert.Equal(["roster"], await fixture.Grains.GetGrain<IProgramGrain>("defs-versions").ListDefinitionsAsync(DefinitionKind.Form));
    }

    [Fact]
    public async Task SavingTheSameContentAgainDoesNotAddAVersion()
    {
        var form = await FormAsync("defs-retry", "roster");
        await form.SaveAsync("{\"v\":1}", "pm-1", 0, null);

        var retried = await form.SaveAsync("{\"v\":1}", "pm-1", 0, null);

        Assert.True(retried.Succeeded);
        Assert.Equal(1, retried.Value!.Version);
        Assert.Single(await form.GetHistoryAsync());
    }

    [Fact]
    public async Task SaveBasedOnAStaleVersionIsAConflictAndChangesNothing()
    {
        var form = await FormAsync("defs-stale", "roster");
        await form.SaveAsync("{\"v\":1}", "pm-1", 0, null);
        await form.SaveAsync("{\"v\":2}", "pm-2", 1, null);

        var stale = await form.SaveAsync("{\"v\":\"mine\"}", "pm-1", 1, null);

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Contains("version 2", stale.Problems[0].Message);
        Assert.Equal(2, (await form.GetHistoryAsync()).Count);
    }

    [Fact]
    public async Task DefinitionOfAnUnknownProgramIsRefused()
    {
        var form = fixture.Grains.GetGrain<IDefinitionGrain>(DefinitionKey.For("defs-nowhere", DefinitionKind.Form, "roster"));

        var outcome = await form.SaveAsync("{}", "pm-1", 0, null);

        Assert.Equal(OutcomeStatus.NotFound, outcome.Status);
        Assert.Null(await form.GetLatestAsync());
    }
}
