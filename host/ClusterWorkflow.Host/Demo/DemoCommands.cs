using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// The commands people send to a submission, as the submission endpoints send them: based on the
/// revision just read, with a request id. The id is made from the cluster, the command and that
/// revision, so a demo run again after a crash cannot count a command twice. A refusal stops the demo
/// with the grain's own message.
/// </summary>
public static class DemoCommands
{
    /// <summary>The pilot workflow's states the demo moves through (templates/workflows/pilot-review.json).</summary>
    public const string Assigned = "Assigned", Draft = "Draft", Submitted = "Submitted", DistrictReview = "DistrictReview",
        StateReview = "StateReview", Returned = "Returned", Approved = "Approved";

    public static async Task<SubmissionView> ViewAsync(ISubmissionGrain submission, Actor actor) =>
        Must(await submission.GetAsync(actor), "read", actor);

    public static async Task<SubmissionView> FireAsync(ISubmissionGrain submission, Actor actor, SubmissionView before, string trigger, string? comment = null) =>
        Must(await submission.FireAsync(actor, trigger, comment, before.Revision, RequestId(before, trigger)), trigger, actor);

    public static async Task<SubmissionView> SaveAsync(ISubmissionGrain submission, Actor actor, SubmissionView before, SubmissionData data) =>
        Must(await submission.SaveDraftAsync(actor, data, before.Revision, RequestId(before, "save-draft")), "save-draft", actor);

    /// <summary>Runs <paramref name="work"/> for every cluster, four at a time; answers how many clusters it acted on.</summary>
    public static async Task<int> ForEachClusterAsync(DemoRun run, Func<PilotClusterData, int, Task<bool>> work)
    {
        var acted = 0;
        var indexed = run.Data.Select((cluster, index) => (cluster, index));
        await Parallel.ForEachAsync(indexed, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, _) =>
        {
            if (await work(item.cluster, item.index)) Interlocked.Increment(ref acted);
        });
        return acted;
    }

    private static string RequestId(SubmissionView before, string command) => $"demo~{before.ClusterId}~{command}~{before.Revision}";

    private static SubmissionView Must(Outcome<SubmissionView> outcome, string command, Actor actor) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException(
                $"'{command}' by {actor.UserId} was refused ({outcome.Status}): {string.Join(" ", outcome.Problems.Take(5).Select(p => p.Field is null ? p.Message : $"{p.Field}: {p.Message}"))}");
}
