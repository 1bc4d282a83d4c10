using System.Text.Json;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Forms as data: create and version a form, fetch any version, check a definition without saving,
/// import an XLSForm, validate a submission against a version.
/// </summary>
public static class FormEndpoints
{
    public static IEndpointRouteBuilder MapFormEndpoints(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/programs/{programId}/forms").WithTags("Forms");
        forms.MapGet("/", ListAsync).WithName("ListForms");
        forms.MapPost("/", SaveAsync).WithName("SaveForm").RequireAuthorization(AuthPolicies.ManageDefinitions).Accepts<FormDefinition>("application/json");
        forms.MapGet("/{formId}", GetLatestAsync).WithName("GetForm");
        forms.MapGet("/{formId}/versions", ListVersionsAsync).WithName("ListFormVersions");
        forms.MapGet("/{formId}/versions/{version:int}", GetVersionAsync).WithName("GetFormVersion");
        forms.MapPost("/{formId}/validate", ValidateSubmissionAsync).WithName("ValidateSubmission").RequireAuthorization(AuthPolicies.EnterData);
        app.MapPost("/api/forms/check", CheckAsync).WithTags("Forms").WithName("CheckForm").RequireAuthorization(AuthPolicies.ManageDefinitions).Accepts<FormDefinition>("application/json");
        return app;
    }

    private static async Task<IResult> ListAsync(string programId, IGrainFactory grains)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var ids = await grains.GetGrain<IProgramGrain>(programId).ListDefinitionsAsync(DefinitionKind.Form);
        var latest = await Task.WhenAll(ids.Select(id => Grain(grains, programId, id).GetLatestAsync()));
        return Results.Ok(latest.OfType<DefinitionVersion>().Select(v => new
        {
            id = v.Id,
            version = v.Version,
            title = FormDefinitionJson.Read(v.Content).Form?.Title,
            v.SavedBy,
            v.SavedAt,
        }));
    }

    /// <summary>
    /// Body: the form definition. <c>?basedOnVersion=N</c> says which version the editor started
    /// from; a save over a newer version is a 409 conflict. The saved form's version is set here.
    /// </summary>
    private static async Task<IResult> SaveAsync(string programId, HttpRequest request, IGrainFactory grains, FormValidator validator, int? basedOnVersion)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var (form, problems) = await ReadFormAsync(request, validator);
        if (form is null || problems.Count > 0) return FormProblems(problems);
        if (Identifier.Check(form.Id, "id") is { } badId) return ApiResults.Invalid([badId]);

        var definition = Grain(grains, programId, form.Id);
        var current = (await definition.GetLatestAsync())?.Version ?? 0;
        var basis = basedOnVersion ?? current;
        var versioned = form with { Version = basis + 1 };
        var outcome = await definition.SaveAsync(FormDefinitionJson.Write(versioned), request.HttpContext.Actor().UserId, basis, null);
        return ApiResults.From(outcome, saved => Results.Created(
            $"/api/programs/{programId}/forms/{saved.Id}/versions/{saved.Version}",
            new { id = saved.Id, version = saved.Version, saved.SavedAt }));
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, FormValidator validator)
    {
        var (form, problems) = await ReadFormAsync(request, validator);
        return Results.Ok(new { valid = form is not null && problems.Count == 0, problems = problems.Select(Describe) });
    }

    private static async Task<IResult> GetLatestAsync(string programId, string formId, IGrainFactory grains)
    {
        if (!Identifier.IsValid(programId) || string.IsNullOrEmpty(formId)) return ApiResults.NotFound("form", formId, "formId");
        var latest = await Grain(grains, programId, formId).GetLatestAsync();
        return latest is null ? ApiResults.NotFound("form", formId, "formId") : Results.Text(latest.Content, "application/json");
    }

    private static async Task<IResult> GetVersionAsync(string programId, string formId, int version, IGrainFactory grains)
    {
        if (!Identifier.IsValid(programId)) return ApiResults.NotFound("form", formId, "formId");
        var stored = await Grain(grains, programId, formId).GetVersionAsync(version);
        return stored is null
            ? ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("not-found", $"Form '{formId}' has no version {version}.", "version")])
            : Results.Text(stored.Content, "application/json");
    }

    private static async Task<IResult> ListVersionsAsync(string programId, string formId, IGrainFactory grains)
    {
        if (!Identifier.IsValid(programId)) return ApiResults.NotFound("form", formId, "formId");
        var history = await Grain(grains, programId, formId).GetHistoryAsync();
        return history.Count == 0
            ? ApiResults.NotFound("form", formId, "formId")
            : Results.Ok(history.Select(v => new { v.Version, v.SavedBy, v.SavedAt, v.Note }));
    }

    /// <summary>Body: the submission's values by field name (a repeat as a list of row objects).</summary>
    private static async Task<IResult> ValidateSubmissionAsync(
        string programId, string formId, JsonElement body, IGrainFactory grains, FormValidator validator, int? version, string? lang)
    {
        if (!Identifier.IsValid(programId)) return ApiResults.NotFound("form", formId, "formId");
        if (body.ValueKind != JsonValueKind.Object)
            return ApiResults.Invalid([new Problem("not-an-object", "Send the submission as a JSON object of field values: { \"field\": value, ... }.", "$")]);

        var definition = Grain(grains, programId, formId);
        var stored = version is { } v ? await definition.GetVersionAsync(v) : await definition.GetLatestAsync();
        if (stored is null)
            return ApiResults.NotFound(version is null ? "form" : $"version {version} of form", formId, version is null ? "formId" : "version");

        var form = FormDefinitionJson.Read(stored.Content).Form!;
        var result = validator.Validate(form, JsonPlain.ToDictionary(body), lang ?? "en");
        return Results.Ok(new
        {
            formId,
            version = stored.Version,
            valid = !result.HasErrors,
            errors = result.Errors.Count(),
            warnings = result.Warnings.Count(),
            problems = result.Problems,
            data = result.Data,
        });
    }

    private static async Task<(FormDefinition? Form, IReadOnlyList<DefinitionProblem> Problems)> ReadFormAsync(HttpRequest request, FormValidator validator)
    {
        using var reader = new StreamReader(request.Body);
        var (form, problems) = FormDefinitionJson.Read(await reader.ReadToEndAsync());
        return form is null ? (null, problems) : (form, validator.ValidateDefinition(form));
    }

    internal static IResult FormProblems(IReadOnlyList<DefinitionProblem> problems) =>
        ApiResults.Invalid(problems.Select(p => new Problem("form-definition", p.ToString(), p.Path)).ToList());

    internal static object Describe(DefinitionProblem p) => new { path = p.Path, property = p.Property, message = p.Message, line = p.Line, column = p.Column };

    internal static IDefinitionGrain Grain(IGrainFactory grains, string programId, string formId) =>
        grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.Form, formId));

}
