namespace ClusterWorkflow.Abstractions.Audit;

/// <summary>The kinds of audit entries: what <c>GET /api/audit?kind=</c> filters on.</summary>
public static class AuditKinds
{
    /// <summary>Sign-ins (succeeded, refused, locked out) and sign-outs.</summary>
    public const string SignIn = "sign-in";

    /// <summary>A new version of a form, KPI pack, workflow, monitoring plan or report template.</summary>
    public const string Definition = "definition";

    /// <summary>A submission moved from one workflow state to another.</summary>
    public const string Workflow = "workflow";

    /// <summary>An administrator created or changed a user.</summary>
    public const string User = "user";

    /// <summary>An administrator changed the input and sandbox limits.</summary>
    public const string Settings = "settings";

    public static IReadOnlyList<string> All { get; } = [SignIn, Definition, Workflow, User, Settings];
}
