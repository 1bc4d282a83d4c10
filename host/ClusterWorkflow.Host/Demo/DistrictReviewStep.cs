using System.Globalization;
using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// District reviewers take up the submitted clusters of their district. The first cluster of each
/// district goes back to its TSA with a comment about its largest revenue figure; the others, and
/// those resubmitted after a return, go on to the state.
/// </summary>
public sealed class DistrictReviewStep(string name) : IDemoStep
{
    public string Name => name;

    public async Task<string> RunAsync(DemoRun run)
    {
        var plan = (await run.Round.GetPlanAsync())!;
        var firstOfDistrict = run.Program.Clusters.GroupBy(c => c.DistrictId).Select(g => g.First().Id).ToHashSet(StringComparer.Ordinal);
        var returned = 0;
        var approved = await DemoCommands.ForEachClusterAsync(run, async (cluster, _) =>
        {
            var submission = run.Submission(cluster.Cluster.Id);
            if ((await submission.GetInfoAsync()).State is not (DemoCommands.Submitted or DemoCommands.DistrictReview)) return false;
            var reviewer = await run.AsAsync(DemoRun.Reviewer(plan.DistrictReviewers, cluster.Cluster.DistrictId));
            var view = await DemoCommands.ViewAsync(submission, reviewer);
            if (view.State == DemoCommands.Submitted) view = await DemoCommands.FireAsync(submission, reviewer, view, "startReview");
            var returnedBefore = view.Audit.Any(a => a.Trigger == "return");
            if (firstOfDistrict.Contains(cluster.Cluster.Id) && !returnedBefore)
            {
                await DemoCommands.FireAsync(submission, reviewer, view, "return", ReturnComment(view));
                Interlocked.Increment(ref returned);
                return false;
            }
            await DemoCommands.FireAsync(submission, reviewer, view, "approve");
            return true;
        });
        return returned > 0
            ? $"{approved} submissions approved and sent to the state, {returned} returned to their TSA with a comment"
            : $"{approved} submissions approved and sent to the state";
    }

    /// <summary>What a reviewer asks about: the enterprise with the largest revenue this month.</summary>
    public static string ReturnComment(SubmissionView view)
    {
        var largest = view.Data.Roster.MaxBy(r => Revenue(r));
        var id = largest?.GetValueOrDefault("enterprise_id")?.ToString() ?? "?";
        var amount = largest is null ? 0 : Revenue(largest);
        return $"Please confirm the revenue of enterprise {id}: INR {amount.ToString("N0", CultureInfo.GetCultureInfo("en-IN"))} this month, the largest in the cluster.";
    }

    private static double Revenue(Dictionary<string, object?> row) =>
        row.GetValueOrDefault("revenue_total") is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;
}
