using ClusterWorkflow.Abstractions.Inbox;

namespace ClusterWorkflow.Grains.Inbox;

/// <summary>What waits for one person: items are added once by id and closed when done or when their submission moves on.</summary>
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

    public async Task<int> CloseForSubmissionAsync(string submissionKey)
    {
        var items = state.State.Items;
        var closed = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].Done && items[i].SubmissionKey == submissionKey && InboxItemKinds.AsksForAction(items[i].Kind))
            {
                items[i] = items[i] with { Done = true };
                closed++;
            }
        }
        if (closed > 0)
        {
            await state.WriteStateAsync();
        }
        return closed;
    }
}
