using System.Text;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// A round's data as files: <c>round.xlsx</c> with one worksheet per level (cluster, district,
/// state, program, enterprise) and <c>round.csv</c> with one of them (<c>?sheet=</c>, default
/// <c>cluster</c>). Columns keep their order across form versions.
/// </summary>
public static class ExportEndpoints
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/programs/{programId}/rounds/{period}/exports").WithTags("Reports");
        exports.MapGet("/round.csv", CsvAsync).WithName("ExportRoundCsv");
        exports.MapGet("/round.xlsx", ExcelAsync).WithName("ExportRoundExcel");
        return app;
    }

    private static async Task<IResult> CsvAsync(string programId, string period, string? sheet, HttpContext context, IGrainFactory grains, RoundReportSource source)
    {
        var (export, refused) = await BuildAsync(programId, period, context, grains, source);
        if (refused is not null) return refused;
        var name = string.IsNullOrWhiteSpace(sheet) ? "cluster" : sheet.Trim().ToLowerInvariant();
        if (export!.Sheets.Find(s => s.Name == name) is not { } chosen)
            return ApiResults.Invalid([new Problem("bad-sheet", $"There is no sheet '{sheet}' in this export: use sheet={string.Join(", sheet=", export.Sheets.Select(s => s.Name))}.", "sheet")]);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvExportWriter.ToCsv(chosen))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", FileName(programId, period, name == "cluster" ? "csv" : $"{name}.csv"));
    }

    private static async Task<IResult> ExcelAsync(string programId, string period, HttpContext context, IGrainFactory grains, RoundReportSource source)
    {
        var (export, refused) = await BuildAsync(programId, period, context, grains, source);
        if (refused is not null) return refused;
        var stream = new MemoryStream();
        ExcelExportWriter.Write(export!, stream);
        stream.Position = 0;
        return Results.File(stream, ExcelContentType, FileName(programId, period, "xlsx"));
    }

    private static async Task<(RoundExport? Export, IResult? Refused)> BuildAsync(string programId, string period, HttpContext context, IGrainFactory grains, RoundReportSource source)
    {
        var (scope, refused) = ReportAccess.RoundScope(context.Actor());
        if (refused is not null) return (null, refused);
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return (null, missing);
        var (label, _, noRound) = await ReportAccess.RoundAsync(grains, programId, period);
        if (noRound is not null) return (null, noRound);
        return (await source.BuildRoundExportAsync(programId, label!, scope), null);
    }

    /// <summary><c>nretp-round-2026-11.xlsx</c>; a quarter's space and other odd characters become '-'.</summary>
    private static string FileName(string programId, string period, string extension) =>
        $"{programId}-round-{new string(period.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray())}.{extension}";
}
