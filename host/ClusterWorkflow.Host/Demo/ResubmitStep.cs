namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// The TSAs of returned submissions read the reviewer's comment, check the figure with the enterprise
/// and resubmit with their answer; the data stays as it was, because the figure was right.
/// </summary>
public sealed class ResubmitStep : IDemoStep
{
    public string Name => "TSAs answer returns and resubmit";

    public async Task<string> RunAsync(DemoRun run)
    {
        var resubmitted = await DemoCommands.ForEachClusterAsync(run, async (cluster, _) =>
        {
            var submission = run.Submission(cluster.Cluster.Id);
            if ((await submission.GetInfoAsync()).State != DemoCommands.Returned) return false;
            var tsa = await run.AsAsync(cluster.Cluster.TsaId);
            var view = await DemoCommands.ViewAsync(submission, tsa);
            var asked = view.Comments.LastOrDefault()?.Text ?? "(no comment)";
            await DemoCommands.FireAsync(submission, tsa, view, "resubmit", $"Checked with the enterprise: the figure is right (a large festival order). Re: {asked}");
            return true;
        });
        return $"{resubmitted} returned submissions answered and resubmitted";
    }
}
