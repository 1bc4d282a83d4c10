namespace ClusterWorkflow.Abstractions.Inbox;

/// <summary>The kinds of <see cref="InboxItem"/>.</summary>
public static class InboxItemKinds
{
    /// <summary>Fill in and submit a cluster's round data.</summary>
    public const string Task = "task";

    /// <summary>A submission waits for this person's review.</summary>
    public const string Review = "review";

    /// <summary>A submission came back with a comment and waits for the TSA again.</summary>
    public const string Returned = "returned";

    /// <summary>A submission this person worked on was approved.</summary>
    public const string Approved = "approved";

    /// <summary>The round's due date passed and the submission is not done.</summary>
    public const string Overdue = "overdue";

    /// <summary>Any other notice.</summary>
    public const string Notice = "notice";

    /// <summary>
    /// True for the kinds that wait for the person to act on the submission's current state (task,
    /// review, returned): they close when the submission moves on. The other kinds are notices.
    /// </summary>
    public static bool AsksForAction(string kind) => kind is Task or Review or Returned;
}
