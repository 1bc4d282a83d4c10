using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Report templates as definitions a program manager edits: list them, read the one in use, check a
/// text without saving, and save a new version. A save is checked first (syntax with line:column, a
/// dry render against the sample report and an empty one); a template with problems is refused with
/// all of them (400) and nothing is stored. Program managers and administrators only.
/// </summary>
public static class ReportTemplateEndpoints
{
    public static IEndpointRouteBuilder MapReportTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/programs/{programId}/report-templates").WithTags("Reports").RequireAuthorization(AuthPolicies.ManageDefinitions);
        templates.MapGet("/", ListAsync).WithName("ListReportTemplates");
        templates.MapPost("/check", CheckAsync).WithName("CheckReportTemplate");
        templates.MapGet("/{name}", GetAsync).WithName("GetReportTemplate");
        templates.MapPut("/{name}", SaveAsync).WithName("SaveReportTemplate");
        return app;
    }

    private static async Task<IResult> ListAsync(string programId, HttpContext context, IGrainFactory grains, ReportTemplateCatalog catalog)
    {
        if (Refuse(context.Actor()) is { } refused) return refused;
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var rows = await Task.WhenAll(catalog.Names.Select(async name =>
        {
            var latest = await catalog.Definition(programId, name).GetLatestAsync();
            return new { name, source = latest is null ? "shipped" : "uploaded", version = latest?.Version, savedBy = latest?.SavedBy, savedAt = latest?.SavedAt };
        }));
        return Results.Ok(rows);
    }

    private static async Task<IResult> GetAsync(string programId, string name, HttpContext context, IGrainFactory grains, ReportTemplateCatalog catalog)
    {
        if (Refuse(context.Actor()) is { } refused) return refused;
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        if (catalog.Describe(name) is null) return UnknownName(name, catalog);
        var latest = await catalog.Definition(programId, name).GetLatestAsync();
        return latest is null
            ? Results.Ok(new { name, source = "shipped", version = (int?)null, content = ReportTemplateCatalog.ShippedText(name) })
            : Results.Ok(new { name, source = "uploaded", version = (int?)latest.Version, latest.SavedBy, latest.SavedAt, latest.Note, content = latest.Content });
    }

    private static async Task<IResult> CheckAsync(string programId, TemplateCheckRequest body, HttpContext context, IGrainFactory grains, ReportTemplateCatalog catalog, CancellationToken cancellationToken)
    {
        if (Refuse(context.Actor()) is { } refused) return refused;
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        if (body.Name is null || catalog.Describe(body.Name) is not { } described) return UnknownName(body.Name, catalog);
        var check = ReportTemplateCheck.Check(body.Name + ".sbn", body.Content, described.Kind, catalog.Renderer, cancellationToken);
        return check.Ok ? Results.Ok(new { name = body.Name, ok = true, preview = check.Preview }) : Refused(check);
    }

    private static async Task<IResult> SaveAsync(string programId, string name, TemplateSaveRequest body, HttpContext context, IGrainFactory grains, ReportTemplateCatalog catalog, CancellationToken cancellationToken)
    {
        var actor = context.Actor();
        if (Refuse(actor) is { } refused) return refused;
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        if (catalog.Describe(name) is not { } described) return UnknownName(name, catalog);
        var check = ReportTemplateCheck.Check(name + ".sbn", body.Content, described.Kind, catalog.Renderer, cancellationToken);
        if (!check.Ok) return Refused(check);
        var saved = await catalog.Definition(programId, name).SaveAsync(body.Content!, actor.UserId, body.BasedOnVersion, body.Note);
        return ApiResults.From(saved, version => Results.Ok(new { name, version = version.Version, version.SavedBy, version.SavedAt }));
    }

    private static IResult? Refuse(Actor actor) => ClusterScope.ManagesPrograms(actor)
        ? null
        : ApiResults.Problems(OutcomeStatus.Forbidden, [new Problem("not-a-program-manager", $"Only program managers and administrators may read and change report templates; '{actor.UserId}' is neither.")]);

    private static IResult UnknownName(string? name, ReportTemplateCatalog catalog) => ApiResults.Problems(OutcomeStatus.NotFound,
        [new Problem("unknown-template", $"There is no report template '{name}': use one of {string.Join(", ", catalog.Names)}.", "name")]);

    /// <summary>400 with every problem; <c>field</c> is <c>line:column</c> in the template where there is a place.</summary>
    private static IResult Refused(TemplateCheckResult check) => ApiResults.Invalid(check.Errors
        .Select(e => new Problem("template-" + e.Kind.ToString().ToLowerInvariant(), e.ToString(), e.Line is { } line ? $"{line}:{e.Column ?? 1}" : null))
        .ToList());
}
