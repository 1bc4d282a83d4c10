using System.Diagnostics;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Scripting;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Benchmarks.WorkflowGrains;

/// <summary>
/// Transitions per second one silo sustains through the grains (submission, round, inbox, cluster
/// history; SQLite through the ADO.NET provider), with N clusters each running the full pilot cycle
/// concurrently, against the same transitions on the domain alone (<see cref="CompiledWorkflow.Fire"/>
/// on in-memory records, one thread). Clusters: <c>CW_BENCH_CLUSTERS</c> (default 100).
/// </summary>
public sealed class WorkflowGrainsBenchmark : IBenchmark
{
    private static readonly IReadOnlyDictionary<string, object?> NoErrors = new Dictionary<string, object?>
    {
        ["validation"] = new Dictionary<string, object?> { ["errorCount"] = 0, ["warningCount"] = 0 },
    };

    public string Name => "workflow-grains";

    public string Description => "Review transitions per second through the grains on one SQLite silo (N clusters × full cycle, concurrently) vs CompiledWorkflow.Fire alone";

    public void Run(TextWriter output) => RunAsync(output).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output)
    {
        var clusters = int.TryParse(Environment.GetEnvironmentVariable("CW_BENCH_CLUSTERS"), out var n) && n > 0 ? n : 100;
        var workflowJson = File.ReadAllText(RepoFile("templates", "workflows", "pilot-review.json"));
        var pack = new KpiPackLoader(new KpiEvaluator()).LoadFromFolder(RepoFile("plugins", "nretp-cluster-kpis")).Pack
            ?? throw new InvalidOperationException("The pilot KPI pack does not load.");

        await using var silo = await BenchmarkSilo.StartAsync();
        var warmUp = await OpenRoundAsync(silo.Grains, "bench-warm-up", 4, workflowJson, pack);
        await RunCyclesAsync(warmUp);
        var submissions = await OpenRoundAsync(silo.Grains, "bench", clusters, workflowJson, pack);
        var writesBefore = CountingGrainStorage.Writes;
        var clock = Stopwatch.StartNew();
        await RunCyclesAsync(submissions);
        var elapsed = clock.Elapsed;
        var writes = CountingGrainStorage.Writes - writesBefore;

        var transitions = clusters * ReviewCycleScript.Transitions;
        var saves = clusters * ReviewCycleScript.Saves;
        var throughGrains = transitions / elapsed.TotalSeconds;
        var domainOnly = DomainOnlyTransitionsPerSecond(workflowJson);
        output.WriteLine($"clusters, concurrently               : {clusters,12:N0}  ({ReviewCycleScript.Transitions} transitions + {ReviewCycleScript.Saves} data saves each)");
        output.WriteLine($"wall time                            : {elapsed.TotalSeconds,12:N2} s  (round opened beforehand; not counted)");
        output.WriteLine($"transitions through the grains       : {throughGrains,12:N0} /s  ({transitions:N0} transitions)");
        output.WriteLine($"commands through the grains          : {(transitions + saves) / elapsed.TotalSeconds,12:N0} /s  (transitions and saves)");
        output.WriteLine($"grain state writes to SQLite         : {writes / elapsed.TotalSeconds,12:N0} /s  ({(double)writes / (transitions + saves):N1} per command: submission, round, inboxes, cluster history)");
        output.WriteLine($"transitions, CompiledWorkflow.Fire   : {domainOnly,12:N0} /s  (domain only, in memory, one thread)");
        output.WriteLine($"ratio domain / grains                : {domainOnly / throughGrains,12:N0} x");
        output.WriteLine($"machine load (1-min average)         : {LoadAverage()}  (absolute figures scale with it)");
    }

    /// <summary>Opens a round of <paramref name="clusters"/> clusters; answers their submissions.</summary>
    private static async Task<List<ISubmissionGrain>> OpenRoundAsync(IGrainFactory grains, string programId, int clusters, string workflowJson, KpiPack pack)
    {
        var round = grains.GetGrain<IRoundGrain>(RoundKey.For(programId, BenchmarkPlan.Period));
        var plan = BenchmarkPlan.For(programId, clusters, workflowJson, pack);
        var opened = await round.OpenAsync(ReviewCycleScript.Manager, plan);
        if (!opened.Succeeded)
        {
            throw new InvalidOperationException("The benchmark round did not open: " + string.Join("; ", opened.Problems.Select(p => p.Message)));
        }
        return plan.Clusters.Select(c => grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(round.GetPrimaryKeyString(), c.Id))).ToList();
    }

    /// <summary>Every cluster's cycle, all clusters at once.</summary>
    private static Task RunCyclesAsync(IEnumerable<ISubmissionGrain> submissions) => Task.WhenAll(submissions.Select(RunCycleAsync));

    private static async Task RunCycleAsync(ISubmissionGrain submission)
    {
        var revision = (await submission.GetInfoAsync()).Revision;
        var saves = 0;
        foreach (var (actor, trigger, comment) in ReviewCycleScript.Steps)
        {
            var requestId = Guid.NewGuid().ToString("N");
            var outcome = trigger is null
                ? await submission.SaveDraftAsync(actor, BenchmarkPlan.Data(++saves), revision, requestId)
                : await submission.FireAsync(actor, trigger, comment, revision, requestId);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"{trigger ?? "save"} by {actor.UserId} was refused: {string.Join("; ", outcome.Problems.Select(p => p.Message))}");
            }
            revision = outcome.Value!.Revision;
        }
    }

    /// <summary>The same transitions on the domain alone: the compiled workflow firing on in-memory records, for about a second.</summary>
    private static double DomainOnlyTransitionsPerSecond(string workflowJson)
    {
        var workflow = new WorkflowEngine(new WorkflowOptions(), new SandboxGuardEvaluator(new ScriptSandbox(new ScriptOptions()))).Load(workflowJson).Workflow!;
        var steps = ReviewCycleScript.Steps.Where(s => s.Trigger is not null).ToList();
        int Cycle()
        {
            var record = workflow.Start();
            foreach (var (actor, trigger, comment) in steps)
            {
                var result = workflow.Fire(record, new WorkflowFireRequest
                {
                    Trigger = trigger!,
                    Actor = new WorkflowActor { Id = actor.UserId, Roles = [.. actor.Roles] },
                    BasedOnRevision = record.Revision,
                    Scope = ActorScope.Everywhere,
                    Comment = comment,
                    GuardVariables = () => NoErrors,
                });
                record = result.Accepted ? result.Workflow : throw new InvalidOperationException(result.Refusal!.ToString());
            }
            return steps.Count;
        }
        for (var i = 0; i < 200; i++)
        {
            Cycle();
        }
        var fired = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            fired += Cycle();
        }
        return fired / clock.Elapsed.TotalSeconds;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    // The benchmark does not copy templates/ or plugins/ to its output: look upwards for the repository's copies.
    private static string RepoFile(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, .. parts]);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{Path.Combine(parts)} not found above {AppContext.BaseDirectory}");
    }
}
