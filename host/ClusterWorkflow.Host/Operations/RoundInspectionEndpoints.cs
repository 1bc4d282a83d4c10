using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// <c>GET /api/operations/rounds/{programId}/{period}/rollup</c> (admins): the KPI roll-up a round
/// stored when it closed, exactly as stored, so a consistency check can hold it against a
/// recomputation from the approved submissions. 404 while the round is open or was never opened.
/// </summary>
public static class RoundInspectionEndpoints
{
    public static IEndpointRouteBuilder MapRoundInspectionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/operations/rounds/{programId}/{period}/rollup", RollupAsync)
            .WithTags("Operations").WithName("GetStoredRoundRollup").AddEndpointFilter<AdminOnly>();
        return app;
    }

    private static async Task<IResult> RollupAsync(string programId, string period, IGrainFactory grains)
    {
        var parsed = Period.Parse(period).Period;
        if (!Identifier.IsValid(programId) || parsed is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"There is no round '{period}' of program '{programId}'. Periods look like 2026-11 or FY2026-27-Q3.");
        var rollup = await grains.GetGrain<IRoundGrain>(RoundKey.For(programId, parsed.Label)).GetRollupAsync();
        return rollup is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"Round {parsed.Label} of program '{programId}' has no roll-up: it is still open, or was never opened. Close it first.")
            : Results.Ok(rollup);
    }
}
