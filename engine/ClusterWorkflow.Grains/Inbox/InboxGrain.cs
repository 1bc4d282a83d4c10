using ClusterWorkflow.Abstractions.Inbox;

namespace ClusterWorkflow.Grains.Inbox;

[GrainType("inbox")]
public sealed class InboxGrain(
    [PersistentState("inbox", StoreNames.Main)] IPersistentState<InboxState> state) : Grain, IInboxGrain
{
    public Task<IReadOnlyList<InboxItem>> ListAsync() => Task.FromResult<IReadOnlyList<InboxItem>>(state.State.Items.ToList());
}
