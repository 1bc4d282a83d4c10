using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;

namespace ClusterWorkflow.Host.Api;

/// <summary>The role checks of endpoints that are not about one cluster (those are the grains' checks, with scope).</summary>
public static class ApiAccess
{
    /// <summary>Null when <paramref name="actor"/> is a program manager or an administrator; otherwise the 403 answer.</summary>
    public static IResult? RequireProgramManager(Actor actor, string action) =>
        ClusterScope.ManagesPrograms(actor)
            ? null
            : ApiResults.Problems(OutcomeStatus.Forbidden, [new Problem("not-a-program-manager",
                $"Only a program manager or an administrator may {action}; '{actor.UserId}' has the roles: {(actor.Roles.Count == 0 ? "none" : string.Join(", ", actor.Roles))}.")]);
}
