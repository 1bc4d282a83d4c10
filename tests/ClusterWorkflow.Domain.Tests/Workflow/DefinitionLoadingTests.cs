using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class DefinitionLoadingTests
{
    [Fact]
    public void MalformedJsonNamesLineAndColumn()
    {
        var compilation = Engine().Load("{\n  \"id\": \"x\",\n  \"version\": ,\n}");

        var problem = Assert.Single(compilation.Problems);
        Assert.False(compilation.IsValid);
        Assert.Contains("line 3", problem.Message);
        Assert.Equal("$.version", problem.Path);
    }

    [Fact]
    public void MisspeltPropertyIsRefusedInsteadOfIgnored()
    {
        var json = """{ "id": "x", "version": 1, "initialState": "A", "states": [ { "id": "A", "final": true } ], "transitions": [], "comentRequired": true }""";

        var problem = Assert.Single(Engine().Load(json).Problems);

        Assert.Contains("comentRequired", problem.Message + problem.Path);
    }

    [Fact]
    public void EmptyAndOversizedDefinitionsAreRefused()
    {
        var engine = new WorkflowEngine(new WorkflowOptions { MaxDefinitionChars = 100 }, new SandboxGuardEvaluator(new(new())));

        Assert.Contains("empty", Assert.Single(engine.Load(" ").Problems).Message);
        Assert.Contains("the limit is 100", Assert.Single(engine.Load(new string(' ', 50) + PilotJson()).Problems).Message);
    }

    [Fact]
    public void WarningsDoNotBlockCompilation()
    {
        var definition = new WorkflowDefinition
        {
            Id = "w", Version = 1, InitialState = "Open",
            States = [new() { Id = "Open" }, new() { Id = "A", Final = true }, new() { Id = "B", Final = true }],
            Transitions =
            [
                new() { Trigger = "go", From = "Open", To = "A", Roles = ["tsa"], Guard = "x > 1" },
                new() { Trigger = "go", From = "Open", To = "B", Roles = ["tsa"], Guard = "y > 1" },
            ],
        };

        var compilation = Engine().Compile(definition);

        Assert.True(compilation.IsValid);
        Assert.Single(compilation.Warnings);
    }

    [Fact]
    public void DefinitionRoundTripsThroughItsJsonFormat()
    {
        var definition = Engine().Load(PilotJson()).Definition!;

        var again = Engine().Load(WorkflowDefinitionJson.Write(definition));

        Assert.Empty(again.Problems);
        Assert.Equal(WorkflowDefinitionJson.Write(definition), WorkflowDefinitionJson.Write(again.Definition!));
    }
}
