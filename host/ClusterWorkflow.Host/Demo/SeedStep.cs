using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>The pilot goes into the store: program, clusters, definitions, users, twelve months of approved history.</summary>
public sealed class SeedStep : IDemoStep
{
    public string Name => "seed the pilot";

    public async Task<string> RunAsync(DemoRun run)
    {
        if (await StoreMatch.ProblemAsync(run.Grains, run.Program, run.Data) is { } mismatch)
            throw new StoreMismatchException(mismatch);
        var result = await run.Services.GetRequiredService<PilotSeeder>().SeedAsync(run.Program, run.Data, line => run.Log.WriteLine($"      {line}"));
        var enterprises = run.Data.Sum(d => d.Month(run.Program.CurrentPeriod)?.Rows.Count ?? 0);
        var districts = run.Program.States.Sum(s => s.Districts.Count);
        var blocks = run.Program.Clusters.Select(c => (c.DistrictId, c.Block)).Distinct().Count();
        var fresh = result.ProgramCreated ? "new" : "already in the store";
        return $"program {run.ProgramId} ({fresh}): {districts} districts, {blocks} blocks, {run.Program.Clusters.Count} clusters, {enterprises:N0} enterprises this month, " +
               $"{run.Program.People.Count} people ({result.UsersCreated} users created), {result.DefinitionsSaved} definitions saved, " +
               $"{result.HistoryPeriodsImported} approved cluster-months of history imported ({run.Program.FirstPeriod.Label} .. {run.Program.CurrentPeriod.Offset(-1).Label})";
    }
}
