using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Upload;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// The roster as a spreadsheet: download an Excel template generated from a form's repeat, upload a
/// filled one (xlsx or CSV) and get every problem by row and column. Nothing is stored here; the
/// answer carries the valid rows for the caller to accept into a submission.
/// </summary>
public static class RosterEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapRosterEndpoints(this IEndpointRouteBuilder app)
    {
        var roster = app.MapGroup("/api/programs/{programId}/forms/{formId}/repeats/{repeat}").WithTags("Forms");
        roster.MapGet("/template.xlsx", TemplateAsync).WithName("DownloadRosterTemplate").RequireAuthorization(AuthPolicies.EnterData);
        roster.MapPost("/upload", UploadAsync).WithName("UploadRoster").RequireAuthorization(AuthPolicies.EnterData).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> TemplateAsync(string programId, string formId, string repeat, IGrainFactory grains, int? version)
    {
        var (form, missing) = await LoadAsync(programId, formId, version, grains);
        if (form is null) return missing!;
        var bytes = RosterTemplate.Create(form, repeat);
        return bytes is null
            ? NoSuchRepeat(form, repeat)
            : Results.File(bytes, XlsxType, $"{form.Id}-v{form.Version}-{repeat}.xlsx");
    }

    /// <summary>
    /// Multipart upload with a <c>file</c> part (.xlsx or .csv). Answers the valid rows and every
    /// problem with its sheet row (as the user sees it in Excel) and column. <c>?period=2026-11</c>
    /// gives the rows' rules the period and its number of days.
    /// </summary>
    private static async Task<IResult> UploadAsync(
        string programId, string formId, string repeat, IFormFile? file, IGrainFactory grains, FormValidator validator,
        int? version, string? lang, string? period, CancellationToken cancellationToken)
    {
        var (form, missing) = await LoadAsync(programId, formId, version, grains);
        if (form is null) return missing!;
        if (RosterTemplate.Create(form, repeat) is null) return NoSuchRepeat(form, repeat);
        if (file is null || file.Length == 0)
            return ApiResults.Invalid([new Problem("no-file", "Upload the roster (.xlsx or .csv) as a multipart form part named 'file'.", "file")]);

        // The rows' rules may refer to the round's period (days in the month, say).
        var context = new Dictionary<string, object?>();
        if (period is not null)
        {
            var parsed = Period.Parse(period);
            if (parsed.Period is null) return ApiResults.Invalid([new Problem("invalid-period", parsed.Error ?? $"'{period}' is not a period.", "period")]);
            context["period"] = parsed.Period.Label;
            context["period_days"] = parsed.Period.Days;
        }

        RosterUploadResult result;
        await using (var stream = file.OpenReadStream())
            result = new RosterUpload(validator).Read(form, repeat, stream, file.FileName, context, lang ?? "en", cancellationToken);

        if (result.Problems.FirstOrDefault(p => p.Code is ProblemCodes.FileTooLarge or ProblemCodes.TooManyRows) is { } tooLarge)
            return TooLarge(tooLarge.Message);

        return Results.Ok(new
        {
            formId = form.Id,
            version = form.Version,
            fileRejected = result.FileRejected,
            rows = result.Rows.Count,
            validRows = result.ValidRows.Count(),
            errors = result.Problems.Count(p => p.Severity == Severity.Error),
            warnings = result.Problems.Count(p => p.Severity == Severity.Warning),
            problems = result.Problems,
            accepted = result.ValidRows,
        });
    }

    private static async Task<(FormDefinition? Form, IResult? Missing)> LoadAsync(string programId, string formId, int? version, IGrainFactory grains)
    {
        if (!Identifier.IsValid(programId)) return (null, ApiResults.NotFound("program", programId, "programId"));
        var definition = FormEndpoints.Grain(grains, programId, formId);
        var stored = version is { } v ? await definition.GetVersionAsync(v) : await definition.GetLatestAsync();
        return stored is null
            ? (null, ApiResults.NotFound(version is null ? "form" : $"version {version} of form", formId, "formId"))
            : (FormDefinitionJson.Read(stored.Content).Form, null);
    }

    /// <summary>413: the file passes the roster's byte or row limit; the message says by how much and how to fix it.</summary>
    private static IResult TooLarge(string message) =>
        Results.Problem(
            title: "The roster is too large",
            detail: message + " An administrator can change the limit (roster.maxBytes, roster.maxRows) with PUT /api/settings/limits.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            extensions: new Dictionary<string, object?> { ["problems"] = new[] { new Problem("too-large", message, "file") } });

    private static IResult NoSuchRepeat(FormDefinition form, string repeat)
    {
        var repeats = form.Fields.Where(f => f.Type == FieldType.Repeat).Select(f => f.Name).ToList();
        return ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("unknown-repeat",
            $"Form '{form.Id}' has no repeat group '{repeat}'. Its repeats: {(repeats.Count == 0 ? "none" : string.Join(", ", repeats))}.", "repeat")]);
    }
}
