using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Ui.Submissions;

/// <summary>
/// The submission page's grain calls, acting as the signed-in person: the grains check role and
/// scope (a TSA's own clusters, a reviewer's district or state), exactly as for the API.
/// </summary>
public sealed class SubmissionStore(IGrainFactory grains)
{
    public async Task<Outcome<SubmissionContext>> LoadAsync(Actor actor, string key)
    {
        var view = await Grain(key).GetAsync(actor);
        if (!view.Succeeded)
        {
            return new Outcome<SubmissionContext>(null, view.Status, view.Problems);
        }
        var submission = view.Value!;
        var roundKey = key[..key.LastIndexOf(RoundKey.Separator)];
        var plan = await grains.GetGrain<IRoundGrain>(roundKey).GetPlanAsync();
        var cluster = plan?.Clusters.FirstOrDefault(c => c.Id == submission.ClusterId);
        var history = await grains.GetGrain<IClusterGrain>(submission.ClusterId).GetKpiHistoryAsync();
        return Outcome<SubmissionContext>.Ok(new SubmissionContext(
            submission,
            cluster,
            Read(plan?.ClusterForm),
            Read(plan?.RosterForm),
            plan?.KpiPack,
            history));
    }

    public Task<Outcome<SubmissionView>> SaveDraftAsync(Actor actor, string key, SubmissionData data, long basedOnRevision, string requestId) =>
        Grain(key).SaveDraftAsync(actor, data, basedOnRevision, requestId);

    public Task<Outcome<SubmissionView>> FireAsync(Actor actor, string key, string trigger, string? comment, long basedOnRevision, string requestId) =>
        Grain(key).FireAsync(actor, trigger, comment, basedOnRevision, requestId);

    private ISubmissionGrain Grain(string key) => grains.GetGrain<ISubmissionGrain>(key);

    private static FormDefinition? Read(PlanDefinition? definition) =>
        definition is null ? null : FormDefinitionJson.Read(definition.Json).Form;
}
