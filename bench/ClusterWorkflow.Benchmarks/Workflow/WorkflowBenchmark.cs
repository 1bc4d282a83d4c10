using System.Diagnostics;
using ClusterWorkflow.Domain.Scripting;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Benchmarks.Workflow;

/// <summary>
/// The pilot review cycle (12 transitions, two returns) on machines built from the JSON definition,
/// against the same cycle as a hand-written switch statement with the same checks (revision, role,
/// comment, the submit guard) and the same record keeping (new record, audit entry appended).
/// </summary>
public sealed class WorkflowBenchmark : IBenchmark
{
    private static readonly (string Trigger, string Role, string? Comment)[] Cycle =
    [
        ("start", "tsa", null), ("submit", "tsa", null), ("startReview", "districtReviewer", null), ("return", "districtReviewer", "Check E-017"),
        ("resubmit", "tsa", null), ("startReview", "districtReviewer", null), ("approve", "districtReviewer", null), ("return", "stateReviewer", "CFC hours missing"),
        ("resubmit", "tsa", null), ("startReview", "districtReviewer", null), ("approve", "districtReviewer", null), ("approve", "stateReviewer", null),
    ];

    private static readonly IReadOnlyDictionary<string, object?> NoErrors = new Dictionary<string, object?>
    {
        ["validation"] = new Dictionary<string, object?> { ["errorCount"] = 0, ["warningCount"] = 2 },
    };

    private static readonly Dictionary<string, WorkflowActor> Actors = new[] { "tsa", "districtReviewer", "stateReviewer" }
        .ToDictionary(role => role, role => new WorkflowActor { Id = role + "-1", Roles = [role] });

    public string Name => "workflow";

    public string Description => "Pilot review cycle: Stateless machine built from the JSON definition vs a hand-written switch";

    public void Run(TextWriter output)
    {
        var json = File.ReadAllText(FindPilotDefinition());
        var sandbox = new ScriptSandbox(new ScriptOptions());
        var withJint = new WorkflowEngine(new WorkflowOptions(), new SandboxGuardEvaluator(sandbox)).Load(json).Workflow!;
        var withoutScripts = new WorkflowEngine(new WorkflowOptions(), new AlwaysTrueGuards()).Load(json).Workflow!;

        var builds = Measure(() => { _ = withJint.CreateMachine(() => new SubmissionWorkflow(), _ => { }); return 1; });
        var ours = Measure(() => RunCycle(withJint));
        var oursNoScripts = Measure(() => RunCycle(withoutScripts));
        var baseline = Measure(SwitchBaseline.RunCycle);

        output.WriteLine($"machine builds from the definition : {builds,12:N0} /s  ({1e6 / builds:N1} µs each)");
        output.WriteLine($"transitions, Stateless + Jint guards: {ours,12:N0} /s  ({1e6 / ours:N2} µs each, machine built once per cycle of {Cycle.Length})");
        output.WriteLine($"transitions, Stateless, C# guards   : {oursNoScripts,12:N0} /s  ({1e6 / oursNoScripts:N2} µs each)");
        var fireOnly = 1e6 / oursNoScripts - 1e6 / builds / Cycle.Length;
        output.WriteLine($"  of which one fire, build excluded : {fireOnly,12:N2} µs");
        output.WriteLine($"transitions, hand-written switch    : {baseline,12:N0} /s  ({1e6 / baseline:N2} µs each)");
        output.WriteLine($"ratio switch / ours (Jint guards)   : {baseline / ours,12:N1} x");
        output.WriteLine($"ratio switch / ours (C# guards)     : {baseline / oursNoScripts,12:N1} x");
        output.WriteLine($"machine load (1-min average)        : {LoadAverage()}  (absolute figures scale with it; the ratios are what to compare)");
    }

    private static int RunCycle(CompiledWorkflow workflow)
    {
        var record = workflow.Start();
        var machine = workflow.CreateMachine(() => record, updated => record = updated);
        foreach (var (trigger, role, comment) in Cycle)
        {
            var result = machine.Fire(new WorkflowFireRequest
            {
                Trigger = trigger,
                Actor = Actors[role],
                BasedOnRevision = record.Revision,
                Scope = ActorScope.Everywhere,
                Comment = comment,
                GuardVariables = () => NoErrors,
            });
            if (!result.Accepted)
            {
                throw new InvalidOperationException(result.Refusal!.ToString());
            }
        }
        return Cycle.Length;
    }

    /// <summary>Runs <paramref name="work"/> (which returns how many operations it did) for about a second after a warm-up; operations per second.</summary>
    private static double Measure(Func<int> work)
    {
        for (var i = 0; i < 200; i++)
        {
            work();
        }
        var operations = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            for (var i = 0; i < 50; i++)
            {
                operations += work();
            }
        }
        return operations / clock.Elapsed.TotalSeconds;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    // The benchmark project does not copy templates/ to its output, so look upwards from it for the repository's copy.
    private static string FindPilotDefinition()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "templates", "workflows", "pilot-review.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("templates/workflows/pilot-review.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The pilot cycle written by hand: what the definition-driven machine is measured against.</summary>
    private static class SwitchBaseline
    {
        public static int RunCycle()
        {
            var record = new Record("Assigned", 0, [], []);
            foreach (var (trigger, role, comment) in Cycle)
            {
                record = Fire(record, trigger, role, comment, record.Revision, errorCount: 0)
                    ?? throw new InvalidOperationException($"baseline refused {trigger}");
            }
            return Cycle.Length;
        }

        private static Record? Fire(Record record, string trigger, string role, string? comment, long basedOn, int errorCount)
        {
            if (basedOn != record.Revision)
            {
                return null;
            }
            var to = (record.State, trigger) switch
            {
                ("Assigned", "start") when role == "tsa" => "Draft",
                ("Draft", "submit") when role == "tsa" && errorCount == 0 => "Submitted",
                ("Submitted", "startReview") when role == "districtReviewer" => "DistrictReview",
                ("DistrictReview", "approve") when role == "districtReviewer" => "StateReview",
                ("DistrictReview", "return") when role == "districtReviewer" => "Returned",
                ("StateReview", "approve") when role == "stateReviewer" => "Approved",
                ("StateReview", "return") when role == "stateReviewer" => "Returned",
                ("Returned", "resubmit") when role == "tsa" && errorCount == 0 => "Submitted",
                _ => null,
            };
            if (to is null || (trigger == "return" && string.IsNullOrWhiteSpace(comment)))
            {
                return null;
            }
            var entry = new Entry(record.Audit.Count + 1, role + "-1", role, trigger, record.State, to, record.Revision, comment, TimeProvider.System.GetUtcNow());
            List<string> comments = [.. record.Comments];
            if (comment is not null)
            {
                comments.Add(comment);
            }
            return new Record(to, record.Revision + 1, [.. record.Audit, entry], comments);
        }

        private sealed record Entry(int Sequence, string ActorId, string Role, string Trigger, string From, string To, long Revision, string? Comment, DateTimeOffset At);

        private sealed record Record(string State, long Revision, List<Entry> Audit, List<string> Comments);
    }

    private sealed class AlwaysTrueGuards : IWorkflowGuardEvaluator
    {
        public string? CheckSyntax(string sourceId, string guard) => null;

        public WorkflowGuardOutcome Evaluate(string sourceId, string guard, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken) =>
            WorkflowGuardOutcome.True;
    }
}
