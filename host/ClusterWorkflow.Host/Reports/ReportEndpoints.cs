using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Rendered reports: a round's summary, a submission's review report and a cluster's profile, in
/// HTML (self-contained, opens offline) or Markdown. The header <c>X-Report-Template</c> names the
/// template used (an upload, or the shipped one when the upload failed).
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var round = app.MapGroup("/api/programs/{programId}/rounds/{period}/reports").WithTags("Reports");
        round.MapGet("/summary", SummaryAsync).WithName("GetRoundSummaryReport");
        round.MapGet("/clusters/{clusterId}", ReviewAsync).WithName("GetClusterReviewReport");
        app.MapGet("/api/clusters/{clusterId}/profile-report", ProfileAsync).WithTags("Reports").WithName("GetClusterProfileReport");
        return app;
    }

    private static async Task<IResult> SummaryAsync(
        string programId, string period, string? format, HttpContext context, IGrainFactory grains, RoundReportSource source, ReportTemplateCatalog templates, CancellationToken cancellationToken)
    {
        var (chosen, invalid) = ReportResponses.Format(format);
        if (invalid is not null) return invalid;
        var (scope, refused) = ReportAccess.RoundScope(context.Actor());
        if (refused is not null) return refused;
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var (label, _, noRound) = await ReportAccess.RoundAsync(grains, programId, period);
        if (noRound is not null) return noRound;

        var model = await source.BuildRoundSummaryAsync(programId, label!, scope);
        var rendered = await templates.RenderAsync(programId, ReportKind.RoundSummary, chosen!.Value, model!, cancellationToken);
        return ReportResponses.From(rendered, chosen.Value, context);
    }

    private static async Task<IResult> ReviewAsync(
        string programId, string period, string clusterId, string? format, HttpContext context, IGrainFactory grains, RoundReportSource source, ReportTemplateCatalog templates, CancellationToken cancellationToken)
    {
        var (chosen, invalid) = ReportResponses.Format(format);
        if (invalid is not null) return invalid;
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var (label, plan, noRound) = await ReportAccess.RoundAsync(grains, programId, period);
        if (noRound is not null) return noRound;
        if (plan!.Clusters.FirstOrDefault(c => c.Id == clusterId) is not { } cluster)
            return ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("not-found", $"Cluster '{clusterId}' is not in the round {programId} {label}.", "clusterId")]);
        var key = SubmissionKey.For(RoundKey.For(programId, label!), clusterId);
        if (await ReportAccess.RefuseReviewAsync(context.Actor(), cluster, grains.GetGrain<ISubmissionGrain>(key)) is { } refused) return refused;

        var model = await source.BuildClusterReviewAsync(programId, label!, clusterId);
        if (model is null) return ApiResults.NotFound("submission", key, "clusterId");
        var rendered = await templates.RenderAsync(programId, ReportKind.ClusterReview, chosen!.Value, model, cancellationToken);
        return ReportResponses.From(rendered, chosen.Value, context);
    }

    private static async Task<IResult> ProfileAsync(
        string clusterId, string? format, HttpContext context, IGrainFactory grains, RoundReportSource source, ReportTemplateCatalog templates, CancellationToken cancellationToken)
    {
        var (chosen, invalid) = ReportResponses.Format(format);
        if (invalid is not null) return invalid;
        if (chosen == ReportFormat.Markdown)
            return ApiResults.Invalid([new Problem("bad-format", "The cluster profile is made as HTML only: use format=html (or leave format out).", "format")]);
        if (!Identifier.IsValid(clusterId) || await grains.GetGrain<IClusterGrain>(clusterId).GetAsync() is not { } cluster)
            return ApiResults.NotFound("cluster", clusterId, "clusterId");
        if (ReportAccess.RefuseProfile(context.Actor(), cluster) is { } refused) return refused;

        var model = await source.BuildClusterProfileAsync(clusterId);
        var rendered = await templates.RenderAsync(cluster.ProgramId, ReportKind.ClusterProfile, chosen!.Value, model!, cancellationToken);
        return ReportResponses.From(rendered, chosen.Value, context);
    }
}
