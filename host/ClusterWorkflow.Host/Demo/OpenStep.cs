using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// The program manager opens the month's round from the pilot plan. A round closed by an earlier run
/// is not run again: the demo then only writes its outputs afresh from the store.
/// </summary>
public sealed class OpenStep : IDemoStep
{
    public string Name => "open the round";

    public async Task<string> RunAsync(DemoRun run)
    {
        var before = await run.Round.GetAsync();
        if (before.Status == RoundStatus.Closed)
        {
            run.ClosedBefore = before;
            return $"round {run.Period} was closed already (by {before.ClosedBy} at {before.ClosedAt:u}); nothing is run again, the outputs are written afresh from the store";
        }
        var info = await run.Services.GetRequiredService<PilotRoundOpening>().OpenAsync(run.ProgramId, run.Program.CurrentPeriod);
        return before.Status == RoundStatus.Open
            ? $"round {run.Period} was open already (opened by {info.OpenedBy}); carrying on from where each submission stands"
            : $"{info.OpenedBy} opened round {run.Period} from plan {Pilot.PilotDefinitions.PlanId}: {info.ClusterIds.Count} submissions, due {info.DueDate:yyyy-MM-dd}, a task in each TSA's inbox";
    }
}
