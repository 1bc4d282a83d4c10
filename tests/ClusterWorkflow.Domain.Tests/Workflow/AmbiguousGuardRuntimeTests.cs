using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class AmbiguousGuardRuntimeTests
{
    private static readonly CompiledWorkflow Split = Engine().Compile(new WorkflowDefinition
    {
        Id = "split", Version = 1, InitialState = "Open",
        States = [new() { Id = "Open" }, new() { Id = "Big", Final = true, OnEntry = ["publish"] }, new() { Id = "Clean", Final = true }],
        Transitions =
        [
            new() { Trigger = "close", From = "Open", To = "Big", Roles = ["programManager"], Guard = "kpis.turnover > 100000" },
            new() { Trigger = "close", From = "Open", To = "Clean", Roles = ["programManager"], Guard = "validation.warningCount == 0" },
        ],
    }).Workflow!;

    private static WorkflowFireResult Close(double turnover, int warnings) => Split.Fire(Split.Start(), new WorkflowFireRequest
    {
        Trigger = "close",
        Actor = Actor("pm", WorkflowRoles.ProgramManager),
        BasedOnRevision = 0,
        Scope = ActorScope.Everywhere,
        GuardVariables = () => new Dictionary<string, object?>
        {
            ["kpis"] = new Dictionary<string, object?> { ["turnover"] = turnover },
            ["validation"] = new Dictionary<string, object?> { ["warningCount"] = warnings },
        },
    });

    [Fact]
    public void GuardedTransitionGoesWhereItsGuardHolds()
    {
        var result = Close(turnover: 250000, warnings: 2);

        Assert.Equal("Big", result.Workflow.CurrentState);
        Assert.Equal([WorkflowAction.Publish], result.Actions);
    }

    [Fact]
    public void BothGuardsTrueIsRefusedAsAmbiguousNotPickedAtRandom()
    {
        var result = Close(turnover: 250000, warnings: 0);

        Assert.Equal(WorkflowRefusalReason.Ambiguous, result.Refusal!.Reason);
        Assert.Contains("\"Big\" or \"Clean\"", result.Refusal.Message);
        Assert.Equal("Open", result.Workflow.CurrentState);
    }

    [Fact]
    public void NoGuardTrueIsRefusedWithEachCondition()
    {
        var result = Close(turnover: 10, warnings: 5);

        Assert.Equal(WorkflowRefusalReason.GuardFailed, result.Refusal!.Reason);
        Assert.Contains("kpis.turnover > 100000", result.Refusal.Message);
        Assert.Contains("validation.warningCount == 0", result.Refusal.Message);
    }
}
