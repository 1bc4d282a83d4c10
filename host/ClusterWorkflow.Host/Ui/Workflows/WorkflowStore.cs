using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Api;

namespace ClusterWorkflow.Host.Ui.Workflows;

/// <summary>
/// The workflow designer's storage: the same definition grains and the same engine check as the
/// workflow endpoints, acting as the signed-in person. A save names the version the editor started
/// from, so a save over a newer version is a conflict and the designer keeps the draft.
/// </summary>
public sealed class WorkflowStore(IGrainFactory grains, WorkflowEngine engine)
{
    public async Task<IReadOnlyList<(DefinitionVersion Stored, WorkflowDefinition? Definition)>> ListAsync(string programId)
    {
        var latest = await DefinitionReads.LatestAsync(grains, programId, DefinitionKind.Workflow);
        return latest.OrderBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => (v, WorkflowDefinitionJson.Parse(v.Content, int.MaxValue).Definition))
            .ToList();
    }

    /// <summary>The latest version as a draft, or null when there is no such workflow.</summary>
    public async Task<WorkflowDraft?> LoadAsync(string programId, string workflowId)
    {
        if (!Identifier.IsValid(workflowId)) return null;
        var latest = await Grain(programId, workflowId).GetLatestAsync();
        return latest is null || WorkflowDefinitionJson.Parse(latest.Content, int.MaxValue).Definition is not { } definition
            ? null
            : WorkflowDraft.From(definition, latest.Version);
    }

    public Task<IReadOnlyList<DefinitionVersion>> HistoryAsync(string programId, string workflowId) => Grain(programId, workflowId).GetHistoryAsync();

    public async Task<int> LatestVersionAsync(string programId, string workflowId) => (await Grain(programId, workflowId).GetLatestAsync())?.Version ?? 0;

    /// <summary>Checks and saves the draft as the next version; on success the draft is based on the saved version.</summary>
    public async Task<Outcome<DefinitionVersion>> SaveAsync(Actor actor, string programId, WorkflowDraft draft)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<DefinitionVersion>.Fail(OutcomeStatus.Forbidden, "forbidden", "Only program managers and administrators save workflows.");
        }
        var definition = draft.ToDefinition();
        if (Identifier.Check(definition.Id, "$.id") is { } badId)
        {
            return Outcome<DefinitionVersion>.Invalid([badId]);
        }
        var compiled = engine.Compile(definition);
        if (!compiled.IsValid)
        {
            return Outcome<DefinitionVersion>.Invalid(compiled.Errors.Select(p => new Problem("workflow-definition", p.Message, p.Path)).ToList());
        }
        var outcome = await Grain(programId, definition.Id).SaveAsync(WorkflowDefinitionJson.Write(definition), actor.UserId, draft.BasedOnVersion, null);
        if (outcome.Succeeded)
        {
            draft.BasedOnVersion = outcome.Value!.Version;
        }
        return outcome;
    }

    private IDefinitionGrain Grain(string programId, string workflowId) =>
        DefinitionReads.Grain(grains, programId, DefinitionKind.Workflow, workflowId);
}
