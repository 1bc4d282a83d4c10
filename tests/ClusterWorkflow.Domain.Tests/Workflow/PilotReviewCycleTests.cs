using System.Text.Json;
using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class PilotReviewCycleTests
{
    /// <summary>Stands in for the submission grain's persisted state: the machine reads and writes only through it.</summary>
    private sealed class GrainState
    {
        public SubmissionWorkflow Workflow { get; set; } = new();
    }

    [Fact]
    public void PilotWorkflowLoadsWithoutAnyProblem()
    {
        var compilation = Engine().Load(PilotJson());

        Assert.Empty(compilation.Problems);
        Assert.Equal("pilot-review", compilation.Definition!.Id);
        Assert.Equal(["Assigned", "Draft", "Submitted", "DistrictReview", "StateReview", "Returned", "Approved"], compilation.Definition.States.Select(s => s.Id));
    }

    [Fact]
    public void FullCycleWithReturnsAtBothLevelsLeavesAnExactAuditTrail()
    {
        var pilot = PilotWorkflow();
        var grain = new GrainState { Workflow = pilot.Start() };
        var machine = pilot.CreateMachine(() => grain.Workflow, w => grain.Workflow = w);

        WorkflowFireResult Fire(string trigger, WorkflowActor actor, string? comment = null)
        {
            var result = machine.Fire(Request(trigger, actor, grain.Workflow.Revision, comment));
            Assert.True(result.Accepted, result.Refusal?.ToString());
            return result;
        }

        Fire("start", Tsa);
        Assert.Equal([WorkflowAction.Validate, WorkflowAction.Notify], Fire("submit", Tsa).Actions);
        Assert.Equal([WorkflowAction.RenderReport], Fire("startReview", DistrictReviewer).Actions);
        Assert.Equal([WorkflowAction.Notify], Fire("return", DistrictReviewer, "Revenue of E-017 looks ten times too high; please check.").Actions);
        grain.Workflow = grain.Workflow.WithNewRevision(); // the TSA saves corrected data
        Fire("resubmit", Tsa);
        Fire("startReview", DistrictReviewer);
        Assert.Equal([WorkflowAction.RenderReport, WorkflowAction.Notify], Fire("approve", DistrictReviewer).Actions);
        Fire("return", StateReviewer, "CFC hours are missing.");
        Fire("resubmit", Tsa);
        Fire("startReview", DistrictReviewer);
        Fire("approve", DistrictReviewer);
        var approval = Fire("approve", StateReviewer);

        Assert.Equal([WorkflowAction.ComputeKpis, WorkflowAction.Publish, WorkflowAction.Notify], approval.Actions);
        Assert.Equal("Approved", grain.Workflow.CurrentState);
        Assert.Equal(13, grain.Workflow.Revision);
        var expected = new[]
        {
            "1 09:00 tsa-budaun-1 as tsa start Assigned->Draft r0 -",
            "2 09:01 tsa-budaun-1 as tsa submit Draft->Submitted r1 -",
            "3 09:02 dr-budaun as districtReviewer startReview Submitted->DistrictReview r2 -",
            "4 09:03 dr-budaun as districtReviewer return DistrictReview->Returned r3 Revenue of E-017 looks ten times too high; please check.",
            "5 09:04 tsa-budaun-1 as tsa resubmit Returned->Submitted r5 -",
            "6 09:05 dr-budaun as districtReviewer startReview Submitted->DistrictReview r6 -",
            "7 09:06 dr-budaun as districtReviewer approve DistrictReview->StateReview r7 -",
            "8 09:07 sr-up as stateReviewer return StateReview->Returned r8 CFC hours are missing.",
            "9 09:08 tsa-budaun-1 as tsa resubmit Returned->Submitted r9 -",
            "10 09:09 dr-budaun as districtReviewer startReview Submitted->DistrictReview r10 -",
            "11 09:10 dr-budaun as districtReviewer approve DistrictReview->StateReview r11 -",
            "12 09:11 sr-up as stateReviewer approve StateReview->Approved r12 -",
        };
        Assert.Equal(expected, grain.Workflow.Audit.Select(a => $"{a.Sequence} {a.At:HH:mm} {a.ActorId} as {a.ActedAs} {a.Trigger} {a.From}->{a.To} r{a.Revision} {a.Comment ?? "-"}"));
        Assert.Equal(["DistrictReview: Revenue of E-017 looks ten times too high; please check.", "StateReview: CFC hours are missing."],
            grain.Workflow.Comments.Select(c => $"{c.State}: {c.Text}"));
    }

    [Fact]
    public void WorkflowRecordRoundTripsThroughJson()
    {
        var pilot = PilotWorkflow();
        var workflow = pilot.Start();
        workflow = pilot.Fire(workflow, Request("start", Tsa, 0)).Workflow;
        workflow = pilot.Fire(workflow, Request("submit", Tsa, 1)).Workflow;
        workflow = pilot.Fire(workflow, Request("startReview", DistrictReviewer, 2)).Workflow;
        workflow = pilot.Fire(workflow, Request("return", DistrictReviewer, 3, "Fix the roster")).Workflow;

        var copy = JsonSerializer.Deserialize<SubmissionWorkflow>(JsonSerializer.Serialize(workflow))!;

        Assert.Equal("Returned", copy.CurrentState);
        Assert.Equal(4, copy.Revision);
        Assert.Equal(JsonSerializer.Serialize(workflow), JsonSerializer.Serialize(copy));
        Assert.Equal("Fix the roster", copy.Audit[3].Comment);
    }

    [Fact]
    public void MachineRebuiltFromPersistedRecordContinuesWhereItStopped()
    {
        var pilot = PilotWorkflow();
        var stored = pilot.Fire(pilot.Fire(pilot.Start(), Request("start", Tsa, 0)).Workflow, Request("submit", Tsa, 1)).Workflow;
        var reloaded = JsonSerializer.Deserialize<SubmissionWorkflow>(JsonSerializer.Serialize(stored))!;

        var machine = pilot.CreateMachine(() => reloaded, w => reloaded = w);
        var result = machine.Fire(Request("startReview", DistrictReviewer, 2));

        Assert.True(result.Accepted, result.Refusal?.ToString());
        Assert.Equal("DistrictReview", machine.CurrentState);
        Assert.Equal(3, reloaded.Audit.Count);
    }
}
