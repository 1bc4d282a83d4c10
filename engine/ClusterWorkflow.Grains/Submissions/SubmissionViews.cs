using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>Builds what one person sees of a submission, permitted actions included.</summary>
internal static class SubmissionViews
{
    public static SubmissionView For(string key, SubmissionState state, SubmissionDefinitions definitions, Actor actor, DateOnly today)
    {
        var plan = state.Plan!;
        var workflow = state.Workflow!;
        var final = definitions.Workflow.IsFinal(workflow.CurrentState);
        var latest = state.DataRevisions.Count == 0 ? SubmissionData.Empty : PlainData.Copy(state.DataRevisions[^1].Data);
        var permitted = definitions.Workflow.PermittedActions(
            workflow.CurrentState, ClusterScope.ToWorkflowActor(actor), ClusterScope.For(actor, plan.Cluster));
        return new SubmissionView(
            key,
            plan.Cluster.Id,
            plan.Period,
            workflow.CurrentState,
            definitions.StateLabel(workflow.CurrentState),
            final,
            workflow.Revision,
            state.DataRevisions.Count,
            plan.DueDate,
            !final && today > plan.DueDate,
            latest,
            [.. state.Problems],
            state.Kpis,
            [.. workflow.Comments],
            [.. workflow.Audit],
            [.. permitted]);
    }
}
