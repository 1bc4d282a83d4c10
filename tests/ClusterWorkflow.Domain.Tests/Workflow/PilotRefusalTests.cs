using ClusterWorkflow.Domain.Workflow;
using static ClusterWorkflow.Domain.Tests.Workflow.WorkflowTestKit;

namespace ClusterWorkflow.Domain.Tests.Workflow;

public sealed class PilotRefusalTests
{
    private readonly CompiledWorkflow _pilot = PilotWorkflow();

    /// <summary>Walks the pilot to <paramref name="state"/> by the shortest accepted path.</summary>
    private SubmissionWorkflow At(string state)
    {
        var steps = new (string Trigger, WorkflowActor Actor)[]
        {
            ("start", Tsa), ("submit", Tsa), ("startReview", DistrictReviewer), ("approve", DistrictReviewer), ("approve", StateReviewer),
        };
        var workflow = _pilot.Start();
        foreach (var (trigger, actor) in steps)
        {
            if (workflow.CurrentState == state)
            {
                break;
            }
            workflow = _pilot.Fire(workflow, Request(trigger, actor, workflow.Revision)).Workflow;
        }
        Assert.Equal(state, workflow.CurrentState);
        return workflow;
    }

    private static void AssertRefused(WorkflowFireResult result, SubmissionWorkflow before, WorkflowRefusalReason reason, params string[] messageParts)
    {
        Assert.False(result.Accepted);
        Assert.Equal(reason, result.Refusal!.Reason);
        Assert.All(messageParts, part => Assert.Contains(part, result.Refusal.Message));
        Assert.Same(before, result.Workflow);
        Assert.Empty(result.Actions);
    }

    [Fact]
    public void TsaCannotApprove()
    {
        var review = At("StateReview");

        var result = _pilot.Fire(review, Request("approve", Tsa, review.Revision));

        AssertRefused(result, review, WorkflowRefusalReason.RoleNotAllowed, "stateReviewer", "tsa-budaun-1 has the role(s) tsa");
    }

    [Fact]
    public void ReviewerOfAnotherDistrictCannotAct()
    {
        var review = At("DistrictReview");

        var result = _pilot.Fire(review, Request("approve", OtherDistrictReviewer, review.Revision));

        AssertRefused(result, review, WorkflowRefusalReason.OutOfScope, "dr-dhamtari", "not for this submission");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ReturnRequiresAComment(string? comment)
    {
        var review = At("DistrictReview");

        var result = _pilot.Fire(review, Request("return", DistrictReviewer, review.Revision, comment));

        AssertRefused(result, review, WorkflowRefusalReason.CommentRequired, "\"return\" needs a comment");
    }

    [Fact]
    public void TriggerNotAllowedInTheCurrentStateIsRefusedNamingWhatIsPossible()
    {
        var draft = At("Draft");

        var result = _pilot.Fire(draft, Request("approve", StateReviewer, draft.Revision));

        AssertRefused(result, draft, WorkflowRefusalReason.NotPermittedInState, "\"approve\" cannot be done while the submission is in \"Draft\"", "possible there: submit");
    }

    [Fact]
    public void NothingCanBeDoneInTheFinalState()
    {
        var approved = At("Approved");

        var result = _pilot.Fire(approved, Request("return", StateReviewer, approved.Revision, "too late"));

        AssertRefused(result, approved, WorkflowRefusalReason.NotPermittedInState, "it is final");
    }

    [Fact]
    public void UnknownTriggerIsRefusedListingTheWorkflowsActions()
    {
        var draft = At("Draft");

        var result = _pilot.Fire(draft, Request("publish", Tsa, draft.Revision));

        AssertRefused(result, draft, WorkflowRefusalReason.UnknownTrigger, "start, submit, startReview, approve, return, resubmit");
    }

    [Fact]
    public void StaleRevisionIsAConflict()
    {
        var review = At("DistrictReview");
        var first = _pilot.Fire(review, Request("approve", DistrictReviewer, review.Revision));

        var second = _pilot.Fire(first.Workflow, Request("return", DistrictReviewer, review.Revision, "Please fix"));

        Assert.True(first.Accepted);
        AssertRefused(second, first.Workflow, WorkflowRefusalReason.Conflict, $"revision {review.Revision}", $"revision {review.Revision + 1}", "\"approve\" by dr-budaun");
    }

    [Fact]
    public void SubmitWithValidationErrorsIsRefusedWithTheGuardMessage()
    {
        var draft = At("Draft");

        var result = _pilot.Fire(draft, Request("submit", Tsa, draft.Revision, validationErrors: 3));

        AssertRefused(result, draft, WorkflowRefusalReason.GuardFailed, "validation errors; fix the flagged fields");
    }

    [Fact]
    public void SubmitWithWarningsOnlyGoesThrough()
    {
        var draft = At("Draft");
        var request = Request("submit", Tsa, draft.Revision) with { GuardVariables = Validation(errors: 0, warnings: 4) };

        Assert.Equal("Submitted", _pilot.Fire(draft, request).Workflow.CurrentState);
    }

    [Fact]
    public void GuardThatCannotBeEvaluatedIsRefusedWithTheScriptError()
    {
        var draft = At("Draft");
        var request = Request("submit", Tsa, draft.Revision) with { GuardVariables = null };

        var result = _pilot.Fire(draft, request);

        AssertRefused(result, draft, WorkflowRefusalReason.GuardError, "could not be checked", "pilot-review.transitions[1].guard", "validation");
    }

    [Fact]
    public void SameRequestSentTwiceIsPerformedOnce()
    {
        var draft = At("Draft");
        var request = Request("submit", Tsa, draft.Revision) with { RequestId = "client-42" };

        var first = _pilot.Fire(draft, request);
        var again = _pilot.Fire(first.Workflow, request);

        Assert.True(again.Accepted);
        Assert.True(again.Duplicate);
        Assert.Same(first.Workflow, again.Workflow);
        Assert.Empty(again.Actions);
        Assert.Single(again.Workflow.Audit, a => a.RequestId == "client-42");
    }

    [Fact]
    public void GuardsAreNotEvaluatedForSomeoneWithoutTheRole()
    {
        var draft = At("Draft");
        var calls = 0;
        var request = Request("submit", StateReviewer, draft.Revision) with { GuardVariables = () => { calls++; return new Dictionary<string, object?>(); } };

        var result = _pilot.Fire(draft, request);

        Assert.Equal(WorkflowRefusalReason.RoleNotAllowed, result.Refusal!.Reason);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void RecordOfAnotherDefinitionVersionIsRefused()
    {
        var draft = At("Draft") with { DefinitionVersion = 2 };

        var result = _pilot.Fire(draft, Request("submit", Tsa, draft.Revision));

        AssertRefused(result, draft, WorkflowRefusalReason.DefinitionMismatch, "\"pilot-review\" v2, not \"pilot-review\" v1");
    }
}
