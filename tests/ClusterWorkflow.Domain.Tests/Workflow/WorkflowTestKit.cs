using ClusterWorkflow.Domain.Scripting;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Domain.Tests.Workflow;

/// <summary>The pilot workflow, the people of the pilot, and a fresh engine per test.</summary>
internal static class WorkflowTestKit
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ScriptSandbox Sandbox = new(new ScriptOptions());

    public static readonly WorkflowActor Tsa = Actor("tsa-budaun-1", WorkflowRoles.Tsa);
    public static readonly WorkflowActor DistrictReviewer = Actor("dr-budaun", WorkflowRoles.DistrictReviewer);
    public static readonly WorkflowActor OtherDistrictReviewer = Actor("dr-dhamtari", WorkflowRoles.DistrictReviewer);
    public static readonly WorkflowActor StateReviewer = Actor("sr-up", WorkflowRoles.StateReviewer);

    /// <summary>The submission belongs to a Budaun cluster: only Budaun's district reviewer is in scope.</summary>
    public static readonly IActorScope BudaunScope = ActorScope.From((actor, role) =>
        role != WorkflowRoles.DistrictReviewer || actor.Id == DistrictReviewer.Id);

    public static WorkflowActor Actor(string id, params string[] roles) => new() { Id = id, Roles = [.. roles] };

    public static WorkflowEngine Engine(TimeProvider? clock = null) =>
        new(new WorkflowOptions(), new SandboxGuardEvaluator(Sandbox), clock ?? new SteppingClock(Start));

    public static string PilotJson() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "workflows", "pilot-review.json"));

    public static CompiledWorkflow PilotWorkflow(TimeProvider? clock = null)
    {
        var compilation = Engine(clock).Load(PilotJson());
        Assert.True(compilation.IsValid, string.Join("\n", compilation.Problems));
        return compilation.Workflow!;
    }

    /// <summary>Guard variables as the submission grain supplies them after validating.</summary>
    public static Func<IReadOnlyDictionary<string, object?>> Validation(int errors, int warnings = 0) => () =>
        new Dictionary<string, object?>
        {
            ["validation"] = new Dictionary<string, object?> { ["errorCount"] = errors, ["warningCount"] = warnings },
        };

    public static WorkflowFireRequest Request(string trigger, WorkflowActor actor, long revision, string? comment = null, int validationErrors = 0) => new()
    {
        Trigger = trigger,
        Actor = actor,
        BasedOnRevision = revision,
        Scope = BudaunScope,
        Comment = comment,
        GuardVariables = Validation(validationErrors),
    };
}
