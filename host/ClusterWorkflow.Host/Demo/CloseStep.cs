using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>The program manager closes the round; the round rolls the approved clusters' KPIs up block → district → state → program.</summary>
public sealed class CloseStep : IDemoStep
{
    public string Name => "close the round";

    public async Task<string> RunAsync(DemoRun run)
    {
        var manager = await run.AsAsync(PilotSeeder.ProgramManagerId);
        var progress = await run.Round.GetClustersAsync();
        var open = progress.Where(c => !c.Final).Select(c => $"{c.Profile.Id} ({c.WorkflowState})").ToList();
        if (open.Count > 0) throw new InvalidOperationException($"Not every cluster is approved, so the round is not closed: {string.Join(", ", open)}.");
        var outcome = await run.Round.CloseAsync(manager);
        if (!outcome.Succeeded) throw new InvalidOperationException($"Closing the round failed: {string.Join(" ", outcome.Problems.Select(p => p.Message))}");
        var rollup = await run.Round.GetRollupAsync();
        var counts = Enum.GetValues<KpiLevel>().Select(l => $"{rollup?.AtLevel(l).Count() ?? 0} {l.ToString().ToLowerInvariant()}").ToList();
        return $"{outcome.Value!.ClosedBy} closed round {run.Period} with {progress.Count} of {progress.Count} clusters approved; KPIs rolled up: {string.Join(", ", counts)}";
    }
}
