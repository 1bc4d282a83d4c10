using ClusterWorkflow.Abstractions.Inbox;

namespace ClusterWorkflow.Grains.Inbox;

[GrainType("inbox")]
public sealed class InboxGrain(
    [PersistentState("inbox", StoreNames.Main)] IPersistentState<InboxState> state) : Grain, IInboxGrain
{
    public async Task<bool> AddAsync(InboxItem item)
    {
        if (state.State.Items.Exists(i => i.Id == item.Id))
        {
            return false;
        }
        state.State.Items.Add(item);
        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<InboxItem>> ListAsync(bool includeDone = false) =>
        Task.FromResult<IReadOnlyList<InboxItem>>(state.State.Items.Where(i => includeDone || !i.Done).ToList());

    public async Task<bool> MarkDoneAsync(string itemId)
    {
        var index = state.State.Items.FindIndex(i => i.Id == itemId);
        if (index < 0)
        {
            return false;
        }
        if (!state.State.Items[index].Done)
        {
            state.State.Items[index] = state.State.Items[index] with { Done = true };
            await state.WriteStateAsync();
        }
        return true;
    }
}
