using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// Who hears about a submission, read from the definition. The people who can act in a state (the
/// roles of the transitions out of it, narrowed to this cluster's TSA, district reviewers and state
/// reviewers) hold a task while the submission is there — whatever the state's entry actions say,
/// so that "waiting for me" is always right. The <c>notify</c> action adds notices: the TSA hears
/// when the submission reaches a final state. Item ids are made from the submission and the audit
/// sequence, so a retried tell is kept once.
/// </summary>
internal static class SubmissionNotices
{
    /// <summary>The items of the people who can act in the state <paramref name="entry"/> reached.</summary>
    public static List<(string UserId, InboxItem Item)> Tasks(
        string key, SubmissionPlan plan, SubmissionDefinitions definitions, WorkflowAuditEntry entry)
    {
        var label = definitions.StateLabel(entry.To);
        var cluster = plan.Cluster;
        var tasks = new List<(string, InboxItem)>();
        foreach (var role in ActingRoles(definitions, entry.To))
        {
            foreach (var user in Recipients(role, plan))
            {
                var kind = role == WorkflowRoles.Tsa
                    ? entry.Comment is null ? InboxItemKinds.Task : InboxItemKinds.Returned
                    : InboxItemKinds.Review;
                var title = kind switch
                {
                    InboxItemKinds.Returned => $"{cluster.Name} ({plan.Period}) was returned: {label}",
                    InboxItemKinds.Task => $"{cluster.Name} ({plan.Period}): {label}",
                    _ => $"Review {cluster.Name} ({plan.Period}): {label}",
                };
                tasks.Add((user, Item(key, entry, kind, title, plan)));
            }
        }
        return tasks.DistinctBy(n => n.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>The notices of the <c>notify</c> action: the TSA hears of a final state.</summary>
    public static List<(string UserId, InboxItem Item)> Notices(
        string key, SubmissionPlan plan, SubmissionDefinitions definitions, WorkflowAuditEntry entry) =>
        definitions.Workflow.IsFinal(entry.To)
            ? [(plan.Cluster.TsaId, Item(key, entry, InboxItemKinds.Approved, $"{plan.Cluster.Name} ({plan.Period}) is {definitions.StateLabel(entry.To)}", plan))]
            : [];

    /// <summary>The people who could act in <paramref name="state"/>: their tasks close when the submission leaves it.</summary>
    public static IReadOnlyList<string> Holders(SubmissionPlan plan, SubmissionDefinitions definitions, string state) =>
        ActingRoles(definitions, state).SelectMany(role => Recipients(role, plan)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The task the TSA gets when the round opens.</summary>
    public static InboxItem Task(string key, SubmissionPlan plan, DateTimeOffset now) =>
        new($"{key}~task", InboxItemKinds.Task, $"Fill in {plan.Cluster.Name} for {plan.Period}", key, now, plan.DueDate);

    private static IEnumerable<string> ActingRoles(SubmissionDefinitions definitions, string state) =>
        definitions.Workflow.IsFinal(state)
            ? []
            : definitions.Workflow.Definition.Transitions
                .Where(t => t.From == state)
                .SelectMany(t => t.Roles)
                .Distinct(StringComparer.Ordinal);

    private static InboxItem Item(string key, WorkflowAuditEntry entry, string kind, string title, SubmissionPlan plan) =>
        new($"{key}~{entry.Sequence}", kind, title, key, entry.At, plan.DueDate, entry.Comment);

    private static IEnumerable<string> Recipients(string role, SubmissionPlan plan) => role switch
    {
        WorkflowRoles.Tsa => [plan.Cluster.TsaId],
        WorkflowRoles.DistrictReviewer => plan.DistrictReviewers,
        WorkflowRoles.StateReviewer => plan.StateReviewers,
        _ => [],
    };
}
