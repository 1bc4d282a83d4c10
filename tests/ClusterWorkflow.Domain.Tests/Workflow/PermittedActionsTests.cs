using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class PermittedActionsTests
{
    private readonly CompiledWorkflow _pilot = PilotWorkflow();

    private string Buttons(string state, WorkflowActor actor) =>
        string.Join(" | ", _pilot.PermittedActions(state, actor, BudaunScope)
            .Select(a => $"{a.Trigger}->{string.Join(",", a.Targets)}{(a.CommentRequired ? " comment" : "")}{(a.Guarded ? " guarded" : "")}"));

    [Fact]
    public void DistrictReviewerInScopeMayApproveOrReturnWithComment() =>
        Assert.Equal("approve->StateReview | return->Returned comment", Buttons("DistrictReview", DistrictReviewer));

    [Fact]
    public void ReviewerOfAnotherDistrictSeesNoAction() =>
        Assert.Equal("", Buttons("DistrictReview", OtherDistrictReviewer));

    [Fact]
    public void TsaSeesOnlyTheGuardedSubmitInDraft() =>
        Assert.Equal("submit->Submitted guarded", Buttons("Draft", Tsa));

    [Fact]
    public void TsaSeesNothingDuringStateReview() =>
        Assert.Equal("", Buttons("StateReview", Tsa));

    [Fact]
    public void MachineAnswersForItsCurrentState()
    {
        var workflow = _pilot.Fire(_pilot.Start(), Request("start", Tsa, 0)).Workflow;
        var machine = _pilot.CreateMachine(() => workflow, w => workflow = w);

        Assert.Equal(["submit"], machine.PermittedActions(Tsa, BudaunScope).Select(a => a.Trigger));
    }
}
