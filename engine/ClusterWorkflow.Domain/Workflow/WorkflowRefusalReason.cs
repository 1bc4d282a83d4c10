namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Why a fire was refused; hosts map these to HTTP statuses (Conflict → 409, role and scope → 403).</summary>
public enum WorkflowRefusalReason
{
    /// <summary>The request was based on an older revision.</summary>
    Conflict,

    /// <summary>The record runs on another workflow definition or version than the machine: the caller compiled the wrong one.</summary>
    DefinitionMismatch,

    /// <summary>The workflow has no such trigger.</summary>
    UnknownTrigger,

    /// <summary>The trigger exists but not in the submission's current state.</summary>
    NotPermittedInState,

    /// <summary>None of the actor's roles may fire the trigger.</summary>
    RoleNotAllowed,

    /// <summary>The actor has the role but not for this submission (another cluster or district).</summary>
    OutOfScope,

    /// <summary>The transition needs a comment and none was given.</summary>
    CommentRequired,

    /// <summary>The comment is longer than allowed.</summary>
    CommentTooLong,

    /// <summary>The guard's condition is false.</summary>
    GuardFailed,

    /// <summary>The guard could not be evaluated (script error, limit, cancellation).</summary>
    GuardError,

    /// <summary>More than one guarded transition is true; the definition needs exclusive guards.</summary>
    Ambiguous,
}
