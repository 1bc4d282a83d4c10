using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>
/// The designer's storage: the same definition grains and checks as the form endpoints, acting as
/// the signed-in person. A save names the version the editor started from, so a save over a newer
/// version is a conflict and the editor keeps the user's draft.
/// </summary>
public sealed class FormStore(IGrainFactory grains, FormValidator validator)
{
    public async Task<IReadOnlyList<DefinitionVersion>> ListAsync(string programId)
    {
        var ids = await grains.GetGrain<IProgramGrain>(programId).ListDefinitionsAsync(DefinitionKind.Form);
        var latest = await Task.WhenAll(ids.Select(id => Grain(programId, id).GetLatestAsync()));
        return latest.OfType<DefinitionVersion>().OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest version as a draft, or null when there is no such form.</summary>
    public async Task<FormDraft?> LoadAsync(string programId, string formId)
    {
        var latest = await Grain(programId, formId).GetLatestAsync();
        return latest is null || FormDefinitionJson.Read(latest.Content).Form is not { } form ? null : FormDraft.From(form, latest.Version);
    }

    public Task<IReadOnlyList<DefinitionVersion>> HistoryAsync(string programId, string formId) => Grain(programId, formId).GetHistoryAsync();

    /// <summary>Saves the draft as the next version; on success the draft is based on the saved version.</summary>
    public async Task<Outcome<DefinitionVersion>> SaveAsync(Actor actor, string programId, FormDraft draft)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<DefinitionVersion>.Fail(OutcomeStatus.Forbidden, "forbidden", "Only program managers and administrators save forms.");
        }
        var form = draft.ToDefinition();
        if (Identifier.Check(form.Id, "id") is { } badId)
        {
            return Outcome<DefinitionVersion>.Invalid([badId]);
        }
        var problems = validator.ValidateDefinition(form);
        if (problems.Count > 0)
        {
            return Outcome<DefinitionVersion>.Invalid(problems.Select(p => new Problem("form-definition", p.ToString(), p.Path)).ToList());
        }
        var outcome = await Grain(programId, form.Id).SaveAsync(FormDefinitionJson.Write(form), actor.UserId, draft.BasedOnVersion, null);
        if (outcome.Succeeded)
        {
            draft.BasedOnVersion = outcome.Value!.Version;
        }
        return outcome;
    }

    /// <summary>The newest saved version number of a form (0 when none), to rebase a draft after a conflict.</summary>
    public async Task<int> LatestVersionAsync(string programId, string formId) => (await Grain(programId, formId).GetLatestAsync())?.Version ?? 0;

    /// <summary>An XLSForm as a new draft (not saved); based on the stored form of the same id when there is one.</summary>
    public async Task<(FormDraft? Draft, IReadOnlyList<ImportProblem> Problems)> ImportAsync(string programId, Stream xlsx, string fileName)
    {
        var result = new XlsFormImporter().Import(xlsx, fileName);
        if (result.Form is not { } form)
        {
            return (null, result.Problems);
        }
        var basedOn = Identifier.IsValid(form.Id) ? await LatestVersionAsync(programId, form.Id) : 0;
        return (FormDraft.From(form, basedOn), result.Problems);
    }

    /// <summary>
    /// Which rounds run on which version of each form (a round pins its forms when it opens):
    /// form id → (period, version) in period order, so a designer sees what an edit will not change.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, List<(string Period, int Version)>>> RoundsUsingAsync(string programId)
    {
        var used = new Dictionary<string, List<(string Period, int Version)>>(StringComparer.Ordinal);
        foreach (var period in (await grains.GetGrain<IProgramRoundsGrain>(programId).ListAsync()).Order(StringComparer.Ordinal))
        {
            if (await grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period)).GetPlanAsync() is not { } plan) continue;
            foreach (var form in new[] { plan.ClusterForm, plan.RosterForm }.OfType<PlanDefinition>())
            {
                (used.TryGetValue(form.Id, out var list) ? list : used[form.Id] = []).Add((period, form.Version));
            }
        }
        return used;
    }

    private IDefinitionGrain Grain(string programId, string formId) =>
        grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.Form, formId));
}
