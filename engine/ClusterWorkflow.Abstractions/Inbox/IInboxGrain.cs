namespace ClusterWorkflow.Abstractions.Inbox;

/// <summary>What waits for one person [key: user id].</summary>
[Alias("cw.inbox")]
public interface IInboxGrain : IGrainWithStringKey
{
    [Alias("list")]
    Task<IReadOnlyList<InboxItem>> ListAsync();
}
