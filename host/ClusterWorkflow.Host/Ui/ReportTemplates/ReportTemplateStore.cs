using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Host.Ui.ReportTemplates;

/// <summary>
/// The report templates page's work, as the template endpoints do it: the catalogue's names, the
/// text in use (the latest upload, else the shipped file), the same check (syntax with line:column,
/// a render of the sample report and of an empty one) and a save that is refused unless the check
/// passes. Program managers and administrators only.
/// </summary>
public sealed class ReportTemplateStore(ReportTemplateCatalog catalog)
{
    public IReadOnlyList<string> Names => catalog.Names;

    /// <summary>The text in use and its uploaded version (null when the shipped template is in use).</summary>
    public async Task<(string Content, int? Version)?> LoadAsync(string programId, string name)
    {
        if (catalog.Describe(name) is null) return null;
        var latest = await catalog.Definition(programId, name).GetLatestAsync();
        return latest is null ? (ReportTemplateCatalog.ShippedText(name) ?? "", null) : (latest.Content, latest.Version);
    }

    public async Task<IReadOnlyList<(string Name, int? Version)>> ListAsync(string programId) =>
        await Task.WhenAll(catalog.Names.Select(async name => (name, (await catalog.Definition(programId, name).GetLatestAsync())?.Version)));

    public TemplateCheckResult Check(string name, string content, CancellationToken cancellationToken = default) =>
        catalog.Describe(name) is { } described
            ? ReportTemplateCheck.Check(name + ".sbn", content, described.Kind, catalog.Renderer, cancellationToken)
            : new TemplateCheckResult([new ReportError(name, ReportErrorKind.Syntax, $"There is no report template '{name}': use one of {string.Join(", ", catalog.Names)}.", null, null)], null);

    /// <summary>Saves a checked text as the next version; <paramref name="basedOnVersion"/> 0 means "started from the shipped text".</summary>
    public async Task<Outcome<DefinitionVersion>> SaveAsync(Actor actor, string programId, string name, string content, int basedOnVersion, string? note)
    {
        if (!ClusterScope.ManagesPrograms(actor))
        {
            return Outcome<DefinitionVersion>.Fail(OutcomeStatus.Forbidden, "forbidden", "Only program managers and administrators change report templates.");
        }
        var check = Check(name, content);
        if (!check.Ok)
        {
            return Outcome<DefinitionVersion>.Invalid(check.Errors.Select(e => new Problem("template", e.ToString(), e.Line is { } l ? $"{l}:{e.Column ?? 1}" : null)).ToList());
        }
        return await catalog.Definition(programId, name).SaveAsync(content, actor.UserId, basedOnVersion, note);
    }
}
