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

        var key = AuditDay.KeyOf(new AuditEntry(AuditKinds.SignIn, "any", "someone", at));
        var day = await fixture.Grains.GetGrain<IAuditDayGrain>(key).ListAsync();

        Assert.StartsWith("2031-03-05~", key);
        Assert.Equal([(1L, "first"), (2L, "second"), (3L, "third")], day.Select(e => (e.Sequence, e.Action)));
        foreach (var other in AuditDay.KeysFor(at.AddDays(-1)))
            Assert.Empty(await fixture.Grains.GetGrain<IAuditDayGrain>(other).ListAsync());
    }

    [Fact]
    public async Task ADaysEntriesSpreadOverItsShardsAndEachSubjectKeepsToOne()
    {
        var at = new DateTimeOffset(2031, 4, 1, 10, 0, 0, TimeSpan.Zero);
        var subjects = Enumerable.Range(0, 64).Select(i => $"prog~2031-04~cluster-{i}").ToList();
        foreach (var subject in subjects)
        {
            await AuditDay.AppendAsync(fixture.Grains, new AuditEntry(AuditKinds.Workflow, "submit", "tsa", at, subject));
            await AuditDay.AppendAsync(fixture.Grains, new AuditEntry(AuditKinds.Workflow, "approve", "reviewer", at, subject));
        }

        var shards = await Task.WhenAll(AuditDay.KeysFor(at).Select(k => fixture.Grains.GetGrain<IAuditDayGrain>(k).ListAsync()));

        Assert.Equal(128, shards.Sum(s => s.Count));
        Assert.True(shards.Count(s => s.Count > 0) > AuditDay.Shards / 2, "the entries should spread over most shards");
        foreach (var subject in subjects)
        {
            var holding = Assert.Single(shards, s => s.Any(e => e.Subject == subject));
            Assert.Equal(["submit", "approve"], holding.Where(e => e.Subject == subject).Select(e => e.Action));
        }
    }

    [Fact]
    public async Task ASavedDefinitionVersionIsAuditedButARetryOfTheSameContentIsNot()
    {
        await fixture.Grains.GetGrain<IProgramGrain>("audit-grain").CreateAsync("Audit");
        var form = fixture.Grains.GetGrain<IDefinitionGrain>(DefinitionKey.For("audit-grain", DefinitionKind.Form, "roster"));

        var saved = await form.SaveAsync("{\"v\":1}", "pm-audit", basedOnVersion: 0, note: null);
        await form.SaveAsync("{\"v\":1}", "pm-audit", basedOnVersion: 0, note: null);

        var shards = await Task.WhenAll(AuditDay.KeysFor(saved.Value!.SavedAt).Select(k => fixture.Grains.GetGrain<IAuditDayGrain>(k).ListAsync()));
        var entries = shards.SelectMany(s => s)
            .Where(e => e.Subject == "audit-grain/form/roster").ToList();
        var entry = Assert.Single(entries);
        Assert.Equal((AuditKinds.Definition, "pm-audit", null, "1"), (entry.Kind, entry.UserId, entry.From, entry.To));
    }
}
