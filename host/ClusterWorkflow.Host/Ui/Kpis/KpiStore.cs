using System.Text.Json;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Kpis;

namespace ClusterWorkflow.Host.Ui.Kpis;

/// <summary>
/// The KPI packs page's work, as the KPI endpoints do it: the registry's packs (uploaded and built
/// in), an upload checked by the same loader (refused with every problem, per KPI and line:column,
/// and nothing stored), and "try it": a pack evaluated on the data a submission holds now.
/// Acting as the signed-in person: only program managers and administrators upload or try.
/// </summary>
public sealed class KpiStore(IGrainFactory grains, KpiPackRegistry registry, KpiPackLoader loader, KpiEvaluator evaluator)
{
    public Task<IReadOnlyList<KpiPack>> ListAsync(string programId) => registry.ListAsync(grains, programId);

    /// <summary>Checks a zip and, when the pack is valid, stores it as the program's next version of that pack.</summary>
    public async Task<(KpiPack? Pack, IReadOnlyList<KpiProblem> Problems)> UploadAsync(Actor actor, string programId, Stream zip, string fileName)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return (null, [new KpiProblem(null, fileName, "Only program managers and administrators upload KPI packs.")]);
        }
        var result = loader.LoadFromZip(zip);
        if (!result.Ok)
        {
            return (null, result.Problems);
        }
        var pack = result.Pack!;
        var definition = grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.KpiPack, pack.Id));
        var saved = await definition.SaveAsync(JsonSerializer.Serialize(pack, KpiPackRegistry.Json), actor.UserId, null, $"uploaded {fileName}");
        return saved.Succeeded
            ? (pack, [])
            : (null, saved.Problems.Select(p => new KpiProblem(null, fileName, p.Message)).ToList());
    }

    /// <summary>
    /// The pack's values for the data the submission of <paramref name="clusterId"/> in round
    /// <paramref name="period"/> holds now (a draft as much as an approved one). History is left out,
    /// so a KPI that compares with earlier periods says it has no value rather than guessing.
    /// </summary>
    public async Task<Outcome<KpiClusterResult>> TryAsync(Actor actor, string programId, string packId, string period, string clusterId, CancellationToken cancellationToken)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<KpiClusterResult>.Fail(OutcomeStatus.Forbidden, "forbidden", "Only program managers and administrators try KPI packs.");
        }
        if (await registry.FindAsync(grains, programId, packId) is not { } pack)
        {
            return Outcome<KpiClusterResult>.Fail(OutcomeStatus.NotFound, "not-found", $"There is no KPI pack '{packId}'.", "packId");
        }
        var roundKey = RoundKey.For(programId, period);
        var view = await grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(roundKey, clusterId)).GetAsync(actor);
        if (!view.Succeeded)
        {
            return new Outcome<KpiClusterResult>(null, view.Status, view.Problems);
        }
        var cluster = (await grains.GetGrain<IRoundGrain>(roundKey).GetPlanAsync())?.Clusters.FirstOrDefault(c => c.Id == clusterId);
        var input = new KpiClusterInput
        {
            ClusterId = clusterId,
            Geography = new KpiGeography { State = cluster?.State ?? "", District = cluster?.District ?? "", Block = cluster?.Block ?? "" },
            Period = period,
            Cluster = new(view.Value!.Data.Cluster),
            Roster = view.Value.Data.Roster.Select(row => new Dictionary<string, object?>(row)).ToList(),
            Round = new KpiRoundFacts { Expected = true, DueDate = view.Value.DueDate },
        };
        return Outcome<KpiClusterResult>.Ok(evaluator.Evaluate(pack, input, cancellationToken));
    }
}
