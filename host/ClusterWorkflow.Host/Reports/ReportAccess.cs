using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Api;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Who may read which report. A cluster's review report and profile: whoever's roles reach the
/// cluster (its TSA, the reviewers of its district or state, program managers, administrators) and
/// viewers once the submission is approved. Round summaries and exports: see <see cref="ReportScope.ForRound"/>.
/// </summary>
internal static class ReportAccess
{
    /// <summary>Null when <paramref name="actor"/> may read the cluster's review report; otherwise the 403 answer.</summary>
    public static async Task<IResult?> RefuseReviewAsync(Actor actor, ClusterProfile cluster, ISubmissionGrain submission)
    {
        if (Reaches(actor, cluster))
        {
            return null;
        }
        if (ClusterScope.Covers(actor, cluster, WorkflowRoles.Viewer))
        {
            return (await submission.GetInfoAsync()).Final
                ? null
                : Forbidden("not-approved", $"Viewers read approved submissions only; cluster '{cluster.Id}' is not approved yet in this round.");
        }
        return OutOfScope(actor, cluster);
    }

    /// <summary>Null when <paramref name="actor"/> may read the cluster's profile (approved rounds only, so viewers too).</summary>
    public static IResult? RefuseProfile(Actor actor, ClusterProfile cluster) =>
        Reaches(actor, cluster) || ClusterScope.Covers(actor, cluster, WorkflowRoles.Viewer) ? null : OutOfScope(actor, cluster);

    /// <summary>The round-wide scope of <paramref name="actor"/>, or the 403 answer.</summary>
    public static (ReportScope? Scope, IResult? Refusal) RoundScope(Actor actor) =>
        ReportScope.ForRound(actor) is { } scope
            ? (scope, null)
            : (null, Forbidden("no-round-scope", $"'{actor.UserId}' may not read round-wide reports: they need the role programManager, admin, stateReviewer, districtReviewer (their district only) or viewer (approved data only)."));

    /// <summary>
    /// The round's period label (URLs write a quarter as <c>FY2026-27-Q3</c>) and plan, or the 404
    /// answer when the period is unreadable or no round was opened for it.
    /// </summary>
    public static async Task<(string? Period, RoundPlan? Plan, IResult? Missing)> RoundAsync(IGrainFactory grains, string programId, string period)
    {
        var (parsed, problem) = PeriodRoute.Parse(period);
        if (parsed is null)
        {
            return (null, null, ApiResults.Problems(OutcomeStatus.NotFound, [problem!]));
        }
        var plan = await grains.GetGrain<IRoundGrain>(RoundKey.For(programId, parsed.Label)).GetPlanAsync();
        return plan is null
            ? (null, null, ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("round-not-found", $"Program '{programId}' has no round for period '{parsed.Label}': open it first.", "period")]))
            : (parsed.Label, plan, null);
    }

    private static bool Reaches(Actor actor, ClusterProfile cluster) =>
        actor.Roles.Where(r => r != WorkflowRoles.Viewer).Any(role => ClusterScope.Covers(actor, cluster, role));

    private static IResult OutOfScope(Actor actor, ClusterProfile cluster) => Forbidden("out-of-scope",
        $"'{actor.UserId}' may not read reports of cluster '{cluster.Id}': it is outside their clusters (TSA {cluster.TsaId}), district ({cluster.District}) or state ({cluster.State}).");

    private static IResult Forbidden(string code, string message) => ApiResults.Problems(OutcomeStatus.Forbidden, [new Problem(code, message)]);
}
