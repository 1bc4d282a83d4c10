using System.Diagnostics;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Hosting;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// <c>demo --out DIR</c>: a whole monitoring round of the Budaun and Dhamtari pilot in a silo of its
/// own, on a fresh SQLite store (a temporary folder unless <c>--data-dir</c> is given), acted out by the
/// seeded people through the grains the API uses. Prints one line per step and a summary, and writes
/// the round's reports into DIR. Run again on the same store, it finds the round closed and only
/// writes the outputs again.
/// </summary>
public static class DemoVerb
{
    public const string Usage = DemoOptions.Usage;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (options, problems) = DemoOptions.Parse(args);
        if (options is null)
        {
            foreach (var problem in problems) await error.WriteLineAsync($"error: {problem}.");
            await error.WriteLineAsync($"usage: ClusterWorkflow.Host {Usage}");
            return 2;
        }
        string dataDir;
        try
        {
            dataDir = DataDirectory.EnsureWritable(options.DataDir ?? Directory.CreateTempSubdirectory("cw-demo-").FullName);
        }
        catch (HostStartException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        try
        {
            DataDirectory.EnsureWritable(options.OutDir);
        }
        catch (HostStartException e)
        {
            await error.WriteLineAsync($"error: cannot write the reports to '{options.OutDir}' ({e.InnerException?.Message}); choose another folder with --out DIR.");
            return 1;
        }

        var timings = new List<(string Step, TimeSpan Time)>();
        var clock = Stopwatch.StartNew();
        var generator = new PilotGenerator(options.Pilot);
        var data = generator.GenerateAll().ToList();
        timings.Add(("generate", clock.Elapsed));
        await output.WriteLineAsync($"[1/{Steps.Count + 1}] generate the pilot data: {data.Count} clusters × {generator.Program.FirstPeriod.Label} .. {generator.Program.CurrentPeriod.Label}, seed {options.Pilot.Seed} ({clock.Elapsed.TotalSeconds:0.0} s)");

        clock.Restart();
        await using var silo = await DemoSilo.StartAsync(dataDir);
        timings.Add(("silo start", clock.Elapsed));
        var run = new DemoRun(silo.Services, options, generator.Program, data, output);
        try
        {
            for (var i = 0; i < Steps.Count; i++)
            {
                var step = Steps[i];
                clock.Restart();
                var line = run.ClosedBefore is not null && step is not (SeedStep or OpenStep or OutputsStep)
                    ? "skipped: the round was closed already"
                    : await step.RunAsync(run);
                timings.Add((step.Name, clock.Elapsed));
                await output.WriteLineAsync($"[{i + 2}/{Steps.Count + 1}] {step.Name}: {line} ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
            foreach (var line in await DemoSummary.LinesAsync(run, dataDir, timings)) await output.WriteLineAsync(line);
            return 0;
        }
        catch (StoreMismatchException e)
        {
            await error.WriteLineAsync($"error: {e.Message}.");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A refused command or a storage failure: the message says which; the stored state stays consistent.
            await error.WriteLineAsync($"error: the demo stopped: {e.Message}");
            await error.WriteLineAsync($"The store is kept in {dataDir}; running the demo again with --data-dir {dataDir} carries on from where it stopped.");
            return 1;
        }
    }

    private static readonly IReadOnlyList<IDemoStep> Steps =
    [
        new SeedStep(),
        new OpenStep(),
        new CollectStep(),
        new DistrictReviewStep("district review"),
        new ResubmitStep(),
        new DistrictReviewStep("district review of resubmissions"),
        new StateReviewStep(),
        new CloseStep(),
        new OutputsStep(),
    ];
}
