using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// The program manager opens the pilot's round for a period, as <c>POST .../rounds</c> does: the
/// plan resolved at its latest version, the round grain opened by the signed-in manager. A round
/// that is open or closed already is answered as it is.
/// </summary>
public sealed class PilotRoundOpening(IGrainFactory grains, PilotRoundPlans plans, PilotUsers users, TimeProvider clock)
{
    /// <summary>
    /// Days after today the round is due when the plan's due date has passed already (the sample
    /// period lies in the past once the calendar moves on): a fresh round is never overdue at birth.
    /// </summary>
    public const int DaysToDueWhenLate = 10;

    public async Task<RoundInfo> OpenAsync(string programId, Period period)
    {
        var round = grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period.Label));
        if (await round.GetAsync() is { Status: not RoundStatus.NotOpened } existing) return existing;

        var manager = await users.SignInAsync(PilotSeeder.ProgramManagerId);
        var plan = await plans.ResolveAsync(programId, period, dueDate: null);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (plan.DueDate < today) plan = await plans.ResolveAsync(programId, period, today.AddDays(DaysToDueWhenLate));
        var outcome = await round.OpenAsync(manager, plan);
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"Opening round {period.Label} failed: {string.Join(" ", outcome.Problems.Select(p => p.Message))}");
        return outcome.Value!;
    }
}
