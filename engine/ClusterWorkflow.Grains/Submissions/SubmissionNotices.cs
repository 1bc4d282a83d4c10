using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// Who hears about a submission entering a state, read from the definition: the people who can act
/// next (the roles of the transitions out of that state, narrowed to this cluster's TSA, district
/// reviewers and state reviewers), and the TSA when the state is final. Item ids are made from the
/// submission and the audit sequence, so a retried notice is kept once.
/// </summary>
internal static class SubmissionNotices
{
    public static List<(string UserId, InboxItem Item)> For(
        string key, SubmissionPlan plan, SubmissionDefinitions definitions, WorkflowAuditEntry entry)
    {
        var workflow = definitions.Workflow;
        var state = entry.To;
        var label = definitions.StateLabel(state);
        var cluster = plan.Cluster;
        var notices = new List<(string, InboxItem)>();
        if (workflow.IsFinal(state))
        {
            notices.Add((cluster.TsaId, Item(key, entry, InboxItemKinds.Approved, $"{cluster.Name} ({plan.Period}) is {label}", plan)));
            return notices;
        }
        var roles = workflow.Definition.Transitions
            .Where(t => t.From == state)
            .SelectMany(t => t.Roles)
            .Distinct(StringComparer.Ordinal);
        foreach (var role in roles)
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
                notices.Add((user, Item(key, entry, kind, title, plan)));
            }
        }
        return notices.DistinctBy(n => n.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>The task the TSA gets when the round opens.</summary>
    public static InboxItem Task(string key, SubmissionPlan plan, DateTimeOffset now) =>
        new($"{key}~task", InboxItemKinds.Task, $"Fill in {plan.Cluster.Name} for {plan.Period}", key, now, plan.DueDate);

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
