using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Abstractions.People;

/// <summary>
/// Which clusters a person may act on in a role: a TSA officer the clusters whose profile names
/// their TSA id, a district reviewer the clusters of their districts, a state reviewer those of
/// their states; program managers and administrators every cluster. Viewers read their geography (the
/// whole program unless districts or states are named) and act nowhere.
/// </summary>
public static class ClusterScope
{
    /// <summary>True when <paramref name="actor"/> holds <paramref name="role"/> and it reaches <paramref name="cluster"/>.</summary>
    public static bool Covers(Actor actor, ClusterProfile cluster, string role)
    {
        if (!actor.Has(role))
        {
            return false;
        }
        return role switch
        {
            WorkflowRoles.ProgramManager or WorkflowRoles.Admin => true,
            WorkflowRoles.Viewer => InViewerGeography(actor, cluster),
            WorkflowRoles.Tsa => actor.TsaId is { } tsa && string.Equals(tsa, cluster.TsaId, StringComparison.Ordinal),
            WorkflowRoles.DistrictReviewer => actor.Districts?.Contains(cluster.District, StringComparer.Ordinal) == true,
            WorkflowRoles.StateReviewer => actor.States?.Contains(cluster.State, StringComparer.Ordinal) == true,
            _ => false,
        };
    }

    /// <summary>
    /// A viewer's geography: the whole program when the user names no district and no state, else the
    /// clusters of the districts and states named.
    /// </summary>
    public static bool InViewerGeography(Actor actor, ClusterProfile cluster) =>
        (actor.Districts is not { Count: > 0 } && actor.States is not { Count: > 0 })
        || actor.Districts?.Contains(cluster.District, StringComparer.Ordinal) == true
        || actor.States?.Contains(cluster.State, StringComparer.Ordinal) == true;

    /// <summary>True when any of the actor's roles reaches the cluster, so they may read its submission.</summary>
    public static bool CanRead(Actor actor, ClusterProfile cluster) => actor.Roles.Any(role => Covers(actor, cluster, role));

    /// <summary>
    /// True when a role other than viewer reaches the cluster: they may read its work in progress
    /// (drafts, submissions under review); viewers read approved submissions only.
    /// </summary>
    public static bool CanReadWork(Actor actor, ClusterProfile cluster) =>
        actor.Roles.Any(role => role != WorkflowRoles.Viewer && Covers(actor, cluster, role));

    /// <summary>True for the roles that may open and close rounds.</summary>
    public static bool ManagesPrograms(Actor actor) => actor.Has(WorkflowRoles.ProgramManager) || actor.Has(WorkflowRoles.Admin);

    /// <summary>The workflow's view of the actor: id, name and roles.</summary>
    public static WorkflowActor ToWorkflowActor(Actor actor) => new() { Id = actor.UserId, Name = actor.Name, Roles = [.. actor.Roles] };

    /// <summary>The scope check the workflow asks for on one cluster.</summary>
    public static IActorScope For(Actor actor, ClusterProfile cluster) => ActorScope.From((_, role) => Covers(actor, cluster, role));
}
