namespace ClusterWorkflow.Domain.Workflow;

/// <summary>The roles a transition may name. Scope (which clusters, which district) is the caller's check.</summary>
public static class WorkflowRoles
{
    public const string ProgramManager = "programManager";
    public const string Tsa = "tsa";
    public const string DistrictReviewer = "districtReviewer";
    public const string StateReviewer = "stateReviewer";
    public const string Viewer = "viewer";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } =
        [ProgramManager, Tsa, DistrictReviewer, StateReviewer, Viewer, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
