using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>How a workflow refusal answers: a stale revision or a trigger the current state does not have is a conflict, role and scope are forbidden, the rest is invalid input.</summary>
internal static class RefusalStatus
{
    public static OutcomeStatus Of(WorkflowRefusalReason reason) => reason switch
    {
        WorkflowRefusalReason.Conflict or WorkflowRefusalReason.NotPermittedInState => OutcomeStatus.Conflict,
        WorkflowRefusalReason.RoleNotAllowed or WorkflowRefusalReason.OutOfScope => OutcomeStatus.Forbidden,
        _ => OutcomeStatus.Invalid,
    };

    public static string Code(WorkflowRefusalReason reason) => reason switch
    {
        WorkflowRefusalReason.Conflict => "stale-revision",
        WorkflowRefusalReason.UnknownTrigger => "unknown-trigger",
        WorkflowRefusalReason.NotPermittedInState => "not-in-this-state",
        WorkflowRefusalReason.RoleNotAllowed => "role-not-allowed",
        WorkflowRefusalReason.OutOfScope => "out-of-scope",
        WorkflowRefusalReason.CommentRequired => "comment-required",
        WorkflowRefusalReason.CommentTooLong => "comment-too-long",
        WorkflowRefusalReason.GuardFailed => "condition-not-met",
        WorkflowRefusalReason.GuardError => "condition-error",
        _ => "ambiguous-transition",
    };
}
