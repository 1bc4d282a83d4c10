using ClusterWorkflow.Abstractions.Inbox;

namespace ClusterWorkflow.Grains.Inbox;

[GenerateSerializer, Alias("cw.inbox-state")]
public sealed class InboxState
{
    [Id(0)] public List<InboxItem> Items { get; set; } = [];
}
