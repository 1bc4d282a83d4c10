using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class DefinitionValidationTests
{
    private static WorkflowTransitionDefinition T(string trigger, string from, string to, string? guard = null, params string[] roles) =>
        new() { Trigger = trigger, From = from, To = to, Guard = guard, Roles = roles.Length == 0 ? ["tsa"] : [.. roles] };

    /// <summary>A small valid workflow: Open → Done, plus whatever the test adds.</summary>
    private static WorkflowDefinition Small(IEnumerable<WorkflowStateDefinition>? extraStates = null, IEnumerable<WorkflowTransitionDefinition>? extraTransitions = null) => new()
    {
        Id = "small", Version = 1, InitialState = "Open",
        States = [new() { Id = "Open" }, new() { Id = "Done", Final = true }, .. extraStates ?? []],
        Transitions = [T("finish", "Open", "Done"), .. extraTransitions ?? []],
    };

    private static IReadOnlyList<WorkflowProblem> Problems(WorkflowDefinition definition) => Engine().Validate(definition);

    private static WorkflowProblem Single(WorkflowDefinition definition, WorkflowProblemSeverity severity = WorkflowProblemSeverity.Error) =>
        Assert.Single(Problems(definition), p => p.Severity == severity);

    [Fact]
    public void SmallWorkflowIsValid() => Assert.Empty(Problems(Small()));

    [Fact]
    public void UnreachableStateIsReported()
    {
        var problem = Single(Small([new() { Id = "Orphan" }], [T("close", "Orphan", "Done")]));

        Assert.Equal("$.states[2]", problem.Path);
        Assert.Contains("\"Orphan\" cannot be reached from the initial state \"Open\"", problem.Message);
    }

    [Fact]
    public void NonFinalStateWithoutWayOutIsReported()
    {
        var problem = Single(Small([new() { Id = "Stuck" }], [T("park", "Open", "Stuck")]));

        Assert.Equal("$.states[2]", problem.Path);
        Assert.Contains("\"Stuck\" is not final and has no way out", problem.Message);
    }

    [Fact]
    public void CycleThatNeverReachesAFinalStateIsAWarning()
    {
        var definition = Small([new() { Id = "Ping" }, new() { Id = "Pong" }], [T("ping", "Open", "Ping"), T("pong", "Ping", "Pong"), T("back", "Pong", "Ping")]);

        var warnings = Problems(definition).Where(p => p.Severity == WorkflowProblemSeverity.Warning).Select(p => p.Path);

        Assert.Equal(["$.states[2]", "$.states[3]"], warnings);
        Assert.DoesNotContain(Problems(definition), p => p.Severity == WorkflowProblemSeverity.Error);
    }

    [Fact]
    public void TwoUnguardedTransitionsWithTheSameTriggerCouldFireTogether()
    {
        var problem = Single(Small([new() { Id = "Other", Final = true }], [T("finish", "Open", "Other")]));

        Assert.Equal("$.transitions[1]", problem.Path);
        Assert.Contains("defined twice without guards", problem.Message);
    }

    [Fact]
    public void UnguardedBesideGuardedTransitionCouldFireTogether()
    {
        var problem = Single(Small([new() { Id = "Other", Final = true }], [T("finish", "Open", "Other", "submission.late")]));

        Assert.Contains("unguarded transition and a guarded one ($.transitions[0])", problem.Message);
    }

    [Fact]
    public void IdenticalGuardsCouldFireTogetherEvenWrittenDifferently()
    {
        var definition = Small([new() { Id = "A", Final = true }, new() { Id = "B", Final = true }],
            [T("split", "Open", "A", "x > 1"), T("split", "Open", "B", " ( x>1 ) ")]);

        var problem = Single(definition);

        Assert.Equal("$.transitions[2]", problem.Path);
        Assert.Contains("same guard", problem.Message);
    }

    [Fact]
    public void GuardsThatCannotBeProvenExclusiveAreAWarningThatSaysSo()
    {
        var definition = Small([new() { Id = "A", Final = true }, new() { Id = "B", Final = true }],
            [T("split", "Open", "A", "kpis.turnover > 100000"), T("split", "Open", "B", "validation.warningCount == 0")]);

        var warning = Single(definition, WorkflowProblemSeverity.Warning);

        Assert.Contains("cannot be proven to exclude each other", warning.Message);
        Assert.Contains("refused as ambiguous", warning.Message);
        Assert.DoesNotContain(Problems(definition), p => p.Severity == WorkflowProblemSeverity.Error);
    }

    [Theory]
    [InlineData("validation.errorCount == 0", "!(validation.errorCount == 0)")]
    [InlineData("submission.late", "!submission.late")]
    [InlineData("cluster.type === 'artisanal'", "cluster.type === 'sectoral'")]
    [InlineData("kpis.turnover > 100000", "kpis.turnover <= 100000")]
    [InlineData("n < 5", "n >= 5")]
    [InlineData("n <= 5", "n > 10")]
    public void GuardsProvenExclusiveAreAccepted(string first, string second)
    {
        var definition = Small([new() { Id = "A", Final = true }, new() { Id = "B", Final = true }],
            [T("split", "Open", "A", first), T("split", "Open", "B", second)]);

        Assert.Empty(Problems(definition));
    }

    [Fact]
    public void DuplicateTriggerIsReported()
    {
        var problem = Single(Small(extraTransitions: [T("finish", "Open", "Done")]));

        Assert.Equal("$.transitions[1]", problem.Path);
        Assert.Contains("Duplicate trigger: \"finish\" from \"Open\" to \"Done\" is already defined at $.transitions[0]", problem.Message);
    }

    [Fact]
    public void UnknownRoleIsReportedWithTheKnownRoles()
    {
        var problem = Single(Small(extraTransitions: [T("reopen", "Open", "Open", null, "tsa", "superuser")]));

        Assert.Equal("$.transitions[1].roles[1]", problem.Path);
        Assert.Contains("Unknown role \"superuser\"; use one of programManager, tsa, districtReviewer, stateReviewer, viewer, admin", problem.Message);
    }

    [Fact]
    public void TransitionWithoutRolesIsReported()
    {
        var definition = Small() with { Transitions = [new() { Trigger = "finish", From = "Open", To = "Done" }] };

        Assert.Equal("$.transitions[0].roles", Single(definition).Path);
    }

    [Fact]
    public void UnknownStatesAreReportedWherePointedAt()
    {
        var definition = Small() with { InitialState = "Start", Transitions = [T("finish", "Opn", "Dne")] };

        var paths = Problems(definition).Where(p => p.Message.Contains("Unknown state") || p.Message.Contains("not one of the states")).Select(p => p.Path);

        Assert.Equal(["$.initialState", "$.transitions[0].from", "$.transitions[0].to"], paths.Order());
    }

    [Fact]
    public void DuplicateStateAndUnknownEntryActionAreReported()
    {
        var definition = Small([new() { Id = "Open", OnEntry = ["notify", "sendSms"] }]);

        var problems = Problems(definition).Select(p => p.Path);

        Assert.Equal(["$.states[2].id", "$.states[2].onEntry[1]"], problems);
    }

    [Fact]
    public void GuardSyntaxErrorIsReportedWithLineAndColumn()
    {
        var problem = Single(Small(extraTransitions: [T("check", "Open", "Open", "validation.errorCount ==")]));

        Assert.Equal("$.transitions[1].guard", problem.Path);
        Assert.Contains("not valid JavaScript", problem.Message);
        Assert.Matches(@"\(1:\d+\)", problem.Message);
    }

    [Fact]
    public void FinalStateWithAWayOutAndMissingFinalStateAreReported()
    {
        var noFinal = Small() with { States = [new() { Id = "Open" }, new() { Id = "Done" }] };
        var leavingFinal = Small(extraTransitions: [T("reopen", "Done", "Open")]);

        Assert.Contains(Problems(noFinal), p => p.Path == "$.states" && p.Message.Contains("No state is final"));
        Assert.Equal("$.transitions[1].from", Single(leavingFinal).Path);
    }

    [Fact]
    public void AllProblemsAreCollectedInOnePass()
    {
        var definition = new WorkflowDefinition
        {
            Id = "", Version = 0, InitialState = "Open",
            States = [new() { Id = "Open" }, new() { Id = "Done", Final = true }, new() { Id = "Lost" }],
            Transitions = [T("finish", "Open", "Done", null, "boss"), T("finish", "Open", "Nowhere")],
        };

        var paths = Problems(definition).Select(p => p.Path).ToList();

        Assert.Equal(["$.id", "$.version", "$.transitions[0].roles[0]", "$.transitions[1].to", "$.transitions[1]", "$.states[2]", "$.states[2]"], paths);
    }
}
