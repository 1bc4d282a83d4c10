using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Host.Auth;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// One cluster's submission in a round, for every role: the list the caller may see, the view with
/// the caller's permitted actions, saving the TSA's draft, firing a workflow trigger, the audit and
/// the diagram. The grains check role and scope; refusals answer 403 (role or scope), 409 (stale
/// revision, or a trigger the current state does not have), 400 (missing comment, validation errors,
/// unknown trigger), 404 (no such round or cluster).
/// </summary>
public static class SubmissionEndpoints
{
    public static IEndpointRouteBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        var submissions = app.MapGroup("/api/programs/{programId}/rounds/{period}/submissions").WithTags("Submissions");
        submissions.MapGet("/", ListAsync).WithName("ListSubmissions");
        submissions.MapGet("/{clusterId}", GetAsync).WithName("GetSubmission");
        submissions.MapPut("/{clusterId}/draft", SaveDraftAsync).WithName("SaveSubmissionDraft").RequireAuthorization(AuthPolicies.EnterData);
        submissions.MapPost("/{clusterId}/actions/{trigger}", FireAsync).WithName("FireSubmissionAction");
        submissions.MapGet("/{clusterId}/audit", AuditAsync).WithName("GetSubmissionAudit");
        submissions.MapGet("/{clusterId}/mermaid", MermaidAsync).WithName("GetSubmissionMermaid");
        return app;
    }

    /// <summary>The submissions of the round the caller may read, with their state, by cluster id.</summary>
    private static async Task<IResult> ListAsync(string programId, string period, HttpContext context, IGrainFactory grains)
    {
        var actor = context.Actor();
        if (await RoundEndpoints.FindAsync(programId, period, grains) is not { } round) return RoundEndpoints.RoundNotFound(period);
        var labels = WorkflowLabels.From((await round.GetPlanAsync())?.Workflow.Json);
        var all = await round.GetClustersAsync();
        // Viewers see approved submissions only; the others every submission their roles reach.
        return Results.Ok(all.Where(s => ClusterScope.CanReadWork(actor, s.Profile) || (s.Final && ClusterScope.CanRead(actor, s.Profile))).OrderBy(s => s.Profile.Id, StringComparer.Ordinal).Select(s => new
        {
            clusterId = s.Profile.Id,
            clusterName = s.Profile.Name,
            s.Profile.State,
            s.Profile.District,
            s.Profile.Block,
            s.Profile.TsaId,
            s.WorkflowState,
            stateLabel = labels.State(s.WorkflowState),
            s.Final,
            s.Overdue,
            s.LastChange,
        }));
    }

    private static async Task<IResult> GetAsync(string programId, string period, string clusterId, HttpContext context, IGrainFactory grains)
    {
        if (Find(programId, period, clusterId, grains) is not { } submission) return NotFound(period, clusterId);
        return ApiResults.From(await submission.GetAsync(context.Actor()), Results.Ok);
    }

    private static async Task<IResult> SaveDraftAsync(string programId, string period, string clusterId, SaveDraftRequest request, HttpContext context, IGrainFactory grains)
    {
        var actor = context.Actor();
        if (Find(programId, period, clusterId, grains) is not { } submission) return NotFound(period, clusterId);
        if (request.Check() is { Count: > 0 } problems) return ApiResults.Invalid(problems);
        var outcome = await submission.SaveDraftAsync(actor, request.ToData(), request.BasedOnRevision!.Value, request.RequestId!);
        return ApiResults.From(outcome, Results.Ok);
    }

    private static async Task<IResult> FireAsync(string programId, string period, string clusterId, string trigger, SubmissionActionRequest request, HttpContext context, IGrainFactory grains)
    {
        var actor = context.Actor();
        if (Find(programId, period, clusterId, grains) is not { } submission) return NotFound(period, clusterId);
        if (request.Check() is { Count: > 0 } problems) return ApiResults.Invalid(problems);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var outcome = await submission.FireAsync(actor, trigger, comment, request.BasedOnRevision!.Value, request.RequestId!);
        return ApiResults.From(outcome, Results.Ok);
    }

    private static async Task<IResult> AuditAsync(string programId, string period, string clusterId, HttpContext context, IGrainFactory grains)
    {
        if (Find(programId, period, clusterId, grains) is not { } submission) return NotFound(period, clusterId);
        return ApiResults.From(await submission.GetAuditAsync(context.Actor()), Results.Ok);
    }

    /// <summary>The workflow's diagram; only to those who may read the cluster, as it shows what the cluster's round uses.</summary>
    private static async Task<IResult> MermaidAsync(string programId, string period, string clusterId, HttpContext context, IGrainFactory grains)
    {
        if (Find(programId, period, clusterId, grains) is not { } submission) return NotFound(period, clusterId);
        if ((await ClusterAccess.ReadAsync(context, grains, clusterId)).Refusal is { } refusal) return refusal;
        return ApiResults.From(await submission.GetMermaidAsync(), text => Results.Text(text, "text/plain"));
    }

    /// <summary>The submission grain the route names, or null when an id or the period cannot be one.</summary>
    private static ISubmissionGrain? Find(string programId, string period, string clusterId, IGrainFactory grains) =>
        Identifier.IsValid(programId) && Identifier.IsValid(clusterId) && PeriodRoute.Parse(period).Period is { } parsed
            ? grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(RoundKey.For(programId, parsed.Label), clusterId))
            : null;

    private static IResult NotFound(string period, string clusterId) =>
        PeriodRoute.Parse(period).Problem is { } problem
            ? ApiResults.Problems(OutcomeStatus.NotFound, [problem])
            : ApiResults.NotFound("cluster", clusterId, "clusterId");
}
