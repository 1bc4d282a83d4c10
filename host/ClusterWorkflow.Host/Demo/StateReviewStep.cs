namespace ClusterWorkflow.Host.Demo;

/// <summary>State reviewers approve what their districts sent on; approval computes the KPIs and publishes the month to the cluster's history.</summary>
public sealed class StateReviewStep : IDemoStep
{
    public string Name => "state review";

    public async Task<string> RunAsync(DemoRun run)
    {
        var plan = (await run.Round.GetPlanAsync())!;
        var approved = await DemoCommands.ForEachClusterAsync(run, async (cluster, _) =>
        {
            var submission = run.Submission(cluster.Cluster.Id);
            if ((await submission.GetInfoAsync()).State != DemoCommands.StateReview) return false;
            var reviewer = await run.AsAsync(DemoRun.Reviewer(plan.StateReviewers, cluster.Cluster.StateId));
            var view = await DemoCommands.ViewAsync(submission, reviewer);
            await DemoCommands.FireAsync(submission, reviewer, view, "approve");
            return true;
        });
        return $"{approved} submissions approved by the state: KPIs computed and the month published to each cluster's history";
    }
}
