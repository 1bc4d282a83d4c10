using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Grains.Tests.Infrastructure;

namespace ClusterWorkflow.Grains.Tests.Clusters;

[Collection(nameof(ClusterFixture))]
public sealed class InboxGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnItemSentTwiceIsKeptOnceAndDoneItemsLeaveTheList()
    {
        var inbox = fixture.Grains.GetGrain<IInboxGrain>("inbox-test-user");
        var item = new InboxItem("item-1", InboxItemKinds.Notice, "Hello", null, DateTimeOffset.UnixEpoch, null);

        Assert.True(await inbox.AddAsync(item));
        Assert.False(await inbox.AddAsync(item with { Title = "Changed" }));
        Assert.Equal("Hello", Assert.Single(await inbox.ListAsync()).Title);

        Assert.True(await inbox.MarkDoneAsync("item-1"));
        Assert.False(await inbox.MarkDoneAsync("no-such-item"));
        Assert.Empty(await inbox.ListAsync());
        Assert.True(Assert.Single(await inbox.ListAsync(includeDone: true)).Done);
    }
}
