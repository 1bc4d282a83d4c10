namespace ClusterWorkflow.Abstractions.Inbox;

/// <summary>What waits for one person [key: user id].</summary>
[Alias("cw.inbox")]
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>Adds an item; an item whose id is already there is kept as it is (answers false).</summary>
    [Alias("add")]
    Task<bool> AddAsync(InboxItem item);

    /// <summary>Every item, oldest first; done items only when <paramref name="includeDone"/>.</summary>
    [Alias("list")]
    Task<IReadOnlyList<InboxItem>> ListAsync(bool includeDone = false);

    /// <summary>Marks an item done; answers false when there is no such item.</summary>
    [Alias("done")]
    Task<bool> MarkDoneAsync(string itemId);

    /// <summary>
    /// Marks done the open items of a submission that ask this person to act (see
    /// <see cref="InboxItemKinds.AsksForAction"/>), because the submission moved on; notices stay.
    /// Answers how many were closed.
    /// </summary>
    [Alias("close-for-submission")]
    Task<int> CloseForSubmissionAsync(string submissionKey);
}
