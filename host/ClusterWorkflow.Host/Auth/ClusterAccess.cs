using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Host.Api;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// The scope check for endpoints that read a cluster or anything of it (submissions, KPI history,
/// reports, exports): a TSA officer only the clusters whose profile names their TSA, reviewers their
/// districts or states, program managers, administrators and viewers every cluster.
/// </summary>
public static class ClusterAccess
{
    /// <summary>
    /// The cluster when the signed-in actor may read it; otherwise the answer to return: 404 when there
    /// is no such cluster, 403 (saying the scope) when it is outside the actor's scope.
    /// </summary>
    public static async Task<(ClusterProfile? Cluster, IResult? Refusal)> ReadAsync(HttpContext context, IGrainFactory grains, string clusterId)
    {
        if (!Identifier.IsValid(clusterId)) return (null, ApiResults.NotFound("cluster", clusterId, "clusterId"));
        var cluster = await grains.GetGrain<IClusterGrain>(clusterId).GetAsync();
        if (cluster is null) return (null, ApiResults.NotFound("cluster", clusterId, "clusterId"));
        var actor = context.Actor();
        return ClusterScope.CanRead(actor, cluster) ? (cluster, null) : (null, OutOfScope(actor, cluster));
    }

    /// <summary>Only the clusters the actor may read, for lists.</summary>
    public static IReadOnlyList<ClusterProfile> Readable(HttpContext context, IEnumerable<ClusterProfile> clusters)
    {
        var actor = context.Actor();
        return clusters.Where(cluster => ClusterScope.CanRead(actor, cluster)).ToList();
    }

    public static IResult OutOfScope(Actor actor, ClusterProfile cluster) =>
        ApiResults.Problems(OutcomeStatus.Forbidden,
        [
            new Problem("out-of-scope",
                $"Cluster '{cluster.Id}' is outside your scope ({Describe(actor)}): it belongs to TSA '{cluster.TsaId}' in {cluster.District}, {cluster.State}.",
                "clusterId"),
        ]);

    private static string Describe(Actor actor)
    {
        var parts = new List<string>();
        if (actor.TsaId is { } tsa) parts.Add($"TSA '{tsa}'");
        if (actor.Districts is { Count: > 0 } districts) parts.Add($"districts {string.Join(", ", districts)}");
        if (actor.States is { Count: > 0 } states) parts.Add($"states {string.Join(", ", states)}");
        return parts.Count == 0 ? "no clusters" : string.Join("; ", parts);
    }
}
