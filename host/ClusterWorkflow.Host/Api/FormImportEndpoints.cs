using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>XLSForm import over the API: the same translation as the <c>import-xlsform</c> verb.</summary>
public static class FormImportEndpoints
{
    public static IEndpointRouteBuilder MapFormImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/programs/{programId}/forms/import-xlsform", ImportXlsFormAsync)
            .WithTags("Forms").WithName("ImportXlsForm").RequireAuthorization(AuthPolicies.ManageDefinitions).DisableAntiforgery();
        return app;
    }

    /// <summary>Multipart upload with a <c>file</c> part (xlsx). <c>?save=true</c> saves it as a new version when it imports cleanly.</summary>
    private static async Task<IResult> ImportXlsFormAsync(string programId, IFormFile? file, IGrainFactory grains, FormValidator validator, bool? save, HttpContext context)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        if (file is null || file.Length == 0)
            return ApiResults.Invalid([new Problem("no-file", "Upload the XLSForm as a multipart form part named 'file'.", "file")]);

        XlsFormImportResult result;
        await using (var stream = file.OpenReadStream())
            result = new XlsFormImporter().Import(stream, file.FileName);

        var problems = result.Problems.Select(p => new
        {
            severity = p.Severity.ToString().ToLowerInvariant(),
            sheet = p.Sheet,
            row = p.Row,
            column = p.Column,
            message = p.Message,
        }).ToList();
        var definitionProblems = result.Form is null ? [] : validator.ValidateDefinition(result.Form);
        var imported = result.Form is not null && !result.Errors.Any() && definitionProblems.Count == 0;

        int? savedVersion = null;
        var form = result.Form;
        if (form is not null && !Identifier.IsValid(form.Id))
        {
            // Ids key grains and travel in URLs as lowercase slugs; XLSForm ids often carry capitals.
            form = form with { Id = form.Id.ToLowerInvariant() };
            if (!Identifier.IsValid(form.Id))
                return ApiResults.Invalid([new Problem("invalid-id", $"The form id '{form.Id}' (settings!form_id) cannot be used: use {Identifier.Rule}.", "form_id")]);
        }

        if (imported && save == true)
        {
            var definition = FormEndpoints.Grain(grains, programId, form!.Id);
            var current = (await definition.GetLatestAsync())?.Version ?? 0;
            var outcome = await definition.SaveAsync(FormDefinitionJson.Write(form with { Version = current + 1 }), context.Actor().UserId, current, $"imported from {file.FileName}");
            if (!outcome.Succeeded) return ApiResults.Problems(outcome.Status, outcome.Problems);
            savedVersion = outcome.Value!.Version;
        }

        var body = new
        {
            imported,
            savedVersion,
            languages = result.Languages.Select(l => l.Code),
            problems,
            definitionProblems = definitionProblems.Select(FormEndpoints.Describe),
            form,
        };
        return imported ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
