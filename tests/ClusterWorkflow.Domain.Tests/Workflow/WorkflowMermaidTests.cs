using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class WorkflowMermaidTests
{
    [Fact]
    public void MermaidShowsEveryStateAndEveryTransition()
    {
        var pilot = PilotWorkflow();

        var mermaid = pilot.ToMermaid();

        Assert.StartsWith("stateDiagram-v2\n", mermaid.ReplaceLineEndings("\n"));
        Assert.All(pilot.Definition.States, s => Assert.Contains($"state \"{s.Label}\" as {s.Id}", mermaid));
        Assert.All(pilot.Definition.Transitions, t => Assert.Contains($"{t.From} --> {t.To} : {t.Trigger} (", mermaid));
        Assert.Contains("[*] --> Assigned", mermaid);
        Assert.Contains("Approved --> [*]", mermaid);
        Assert.Contains("DistrictReview --> Returned : return (districtReviewer) [comment required]", mermaid);
        Assert.Contains("Draft --> Submitted : submit (tsa) [guarded]", mermaid);
    }

    [Fact]
    public void MermaidLabelsCannotBreakTheDiagram()
    {
        var definition = new WorkflowDefinition
        {
            Id = "x", Version = 1, InitialState = "A",
            States = [new() { Id = "A", Label = "Line\nbreak; \"quoted\" #1: {x}" }, new() { Id = "B", Final = true }],
            Transitions = [new() { Trigger = "go", From = "A", To = "B", Roles = ["tsa"] }],
        };

        var mermaid = WorkflowMermaid.Render(definition);

        Assert.Contains("state \"Line break   quoted   1   x \" as A", mermaid);
    }

    [Fact]
    public void StatelessDotExportShowsEveryStateOfTheBuiltMachine()
    {
        var pilot = PilotWorkflow();
        var record = pilot.Start();

        var dot = pilot.CreateMachine(() => record, w => record = w).ToDotGraph();

        Assert.StartsWith("digraph", dot);
        Assert.All(pilot.Definition.States, s => Assert.Contains(s.Id, dot));
        Assert.All(pilot.Triggers, t => Assert.Contains(t, dot));
    }
}
