using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Audit;

[Collection(nameof(ClusterFixture))]
public sealed class AuditDayGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EntriesAreNumberedInTheOrderTheyArriveAndKeptInTheGrainOfTheirUtcDay()
    {
        var at = new DateTimeOffset(2031, 3, 4, 23, 30, 0, TimeSpan.FromHours(-2)); // 5 March in UTC
        foreach (var action in new[] { "first", "second", "third" })
            await AuditDay.AppendAsync(fixture.Grains, new AuditEntry(AuditKinds.SignIn, action, "someone", at));

        var day = await fixture.Grains.GetGrain<IAuditDayGrain>("2031-03-05").ListAsync();

        Assert.Equal([(1L, "first"), (2L, "second"), (3L, "third")], day.Select(e => (e.Sequence, e.Action)));
        Assert.Empty(await fixture.Grains.GetGrain<IAuditDayGrain>("2031-03-04").ListAsync());
    }

    [Fact]
    public async Task ASavedDefinitionVersionIsAuditedButARetryOfTheSameContentIsNot()
    {
        await fixture.Grains.GetGrain<IProgramGrain>("audit-grain").CreateAsync("Audit");
        var form = fixture.Grains.GetGrain<IDefinitionGrain>(DefinitionKey.For("audit-grain", DefinitionKind.Form, "roster"));

        var saved = await form.SaveAsync("{\"v\":1}", "pm-audit", basedOnVersion: 0, note: null);
        await form.SaveAsync("{\"v\":1}", "pm-audit", basedOnVersion: 0, note: null);

        var entries = (await fixture.Grains.GetGrain<IAuditDayGrain>(AuditDay.KeyFor(saved.Value!.SavedAt)).ListAsync())
            .Where(e => e.Subject == "audit-grain/form/roster").ToList();
        var entry = Assert.Single(entries);
        Assert.Equal((AuditKinds.Definition, "pm-audit", null, "1"), (entry.Kind, entry.UserId, entry.From, entry.To));
    }
}
