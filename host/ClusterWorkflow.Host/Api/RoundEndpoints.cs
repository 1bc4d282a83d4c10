using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Host.Auth;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Monitoring rounds: open one for a period from a plan (program managers), list them, read one with
/// its progress per state and district, close it (program managers). Periods in URLs: <see cref="PeriodRoute"/>.
/// </summary>
public static class RoundEndpoints
{
    public static IEndpointRouteBuilder MapRoundEndpoints(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/programs/{programId}/rounds").WithTags("Rounds");
        rounds.MapPost("/", OpenAsync).WithName("OpenRound").RequireAuthorization(AuthPolicies.ManageDefinitions);
        rounds.MapGet("/", ListAsync).WithName("ListRounds");
        rounds.MapGet("/{period}", GetAsync).WithName("GetRound");
        rounds.MapPost("/{period}/close", CloseAsync).WithName("CloseRound").RequireAuthorization(AuthPolicies.ManageDefinitions);
        return app;
    }

    private static async Task<IResult> OpenAsync(string programId, OpenRoundRequest request, HttpContext context, IGrainFactory grains, KpiPackRegistry packs)
    {
        var actor = context.Actor();
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        if (request.Check() is { Count: > 0 } problems) return ApiResults.Invalid(problems);
        var (period, periodProblem) = PeriodRoute.Parse(request.Period);
        if (period is null) return ApiResults.Invalid([periodProblem!]);

        var grain = DefinitionReads.Grain(grains, programId, DefinitionKind.MonitoringPlan, request.PlanId!);
        var stored = request.PlanVersion is { } v ? await grain.GetVersionAsync(v) : await grain.GetLatestAsync();
        if (stored is null)
            return ApiResults.NotFound(request.PlanVersion is null ? "monitoring plan" : $"version {request.PlanVersion} of monitoring plan", request.PlanId!, "planId");
        var (plan, planProblems) = MonitoringPlanJson.Read(stored.Content);
        if (plan is null || planProblems.Count > 0) return ApiResults.Invalid(planProblems);
        var (roundPlan, resolveProblems) = await PlanResolver.ResolveAsync(grains, packs, programId, plan, period, request.DueDate);
        if (roundPlan is null) return ApiResults.Invalid(resolveProblems);

        var round = grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period.Label));
        var outcome = await round.OpenAsync(actor, roundPlan);
        if (outcome is { Succeeded: false, Value: not null } && outcome.Problems.All(p => p.Code == "cluster-not-opened"))
        {
            // The round is open but some submissions are not: the same request again repairs it.
            return Results.Problem(title: "The round opened only in part", detail: string.Join(" ", outcome.Problems.Select(p => p.Message)),
                statusCode: StatusCodes.Status503ServiceUnavailable, extensions: new Dictionary<string, object?> { ["problems"] = outcome.Problems });
        }
        return ApiResults.From(outcome, info => Results.Created($"/api/programs/{programId}/rounds/{PeriodRoute.Of(info.Period)}", Describe(info)));
    }

    private static async Task<IResult> ListAsync(string programId, IGrainFactory grains)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var periods = await grains.GetGrain<IProgramRoundsGrain>(programId).ListAsync();
        var rounds = await Task.WhenAll(periods.Select(p => grains.GetGrain<IRoundGrain>(RoundKey.For(programId, p)).GetAsync()));
        return Results.Ok(rounds.Where(r => r.Status != RoundStatus.NotOpened).Select(Describe));
    }

    /// <summary>The round and its progress; the overdue clusters named are only those the caller may read.</summary>
    private static async Task<IResult> GetAsync(string programId, string period, HttpContext context, IGrainFactory grains)
    {
        if (await FindAsync(programId, period, grains) is not { } round) return RoundNotFound(period);
        var info = await round.GetAsync();
        var progress = await round.GetProgressAsync();
        var readable = ClusterAccess.Readable(context, (await round.GetClustersAsync()).Select(c => c.Profile)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return Results.Ok(new { round = Describe(info), progress = progress with { OverdueClusterIds = progress.OverdueClusterIds.Where(readable.Contains).ToList() } });
    }

    private static async Task<IResult> CloseAsync(string programId, string period, HttpContext context, IGrainFactory grains)
    {
        var actor = context.Actor();
        if (await FindAsync(programId, period, grains) is not { } round) return RoundNotFound(period);
        var outcome = await round.CloseAsync(actor);
        return ApiResults.From(outcome, info => Results.Ok(Describe(info)));
    }

    /// <summary>The round grain of an opened round, or null when the program, the period or the round does not exist.</summary>
    internal static async Task<IRoundGrain?> FindAsync(string programId, string period, IGrainFactory grains)
    {
        if (!Identifier.IsValid(programId) || PeriodRoute.Parse(period).Period is not { } parsed) return null;
        var round = grains.GetGrain<IRoundGrain>(RoundKey.For(programId, parsed.Label));
        return (await round.GetAsync()).Status == RoundStatus.NotOpened ? null : round;
    }

    internal static IResult RoundNotFound(string period) =>
        ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("round-not-found",
            PeriodRoute.Parse(period).Problem?.Message ?? $"No round was opened for period '{period}'; POST .../rounds opens one.", "period")]);

    private static object Describe(RoundInfo info) => new
    {
        id = PeriodRoute.Of(info.Period),
        info.ProgramId,
        info.Period,
        info.Status,
        info.DueDate,
        clusters = info.ClusterIds.Count,
        info.WorkflowId,
        info.WorkflowVersion,
        info.OpenedBy,
        info.OpenedAt,
        info.ClosedBy,
        info.ClosedAt,
    };
}
