using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Reads a round from the grains and builds the report models: the review report of one submission,
/// the round summary, a cluster's profile, and the round's export. Works from anything that has an
/// <see cref="IGrainFactory"/> (the API, the CLI, the demo): <c>new RoundReportSource(grains)</c>.
/// Answers null when the program, round or cluster does not exist. Whether the caller may see a
/// report is the caller's check; a <see cref="ReportScope"/> narrows round-wide reports to a reader.
/// </summary>
public sealed class RoundReportSource(IGrainFactory grains, ReportSourceOptions? options = null, TimeProvider? clock = null)
{
    /// <summary>
    /// The reports read submissions as an administrator would: the endpoints check the reader's
    /// roles and scope before they ask, so the grains' own per-person checks would only repeat them.
    /// </summary>
    private static readonly Actor Reader = new("system-reports", "Report builder", ["admin"]);

    private readonly ReportSourceOptions options = options ?? new ReportSourceOptions();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>The review report of <paramref name="clusterId"/>'s submission in the round.</summary>
    public async Task<ClusterReviewReport?> BuildClusterReviewAsync(string programId, string period, string clusterId)
    {
        var round = RoundGrain(programId, period);
        if (await round.GetPlanAsync() is not { } plan || plan.Clusters.FirstOrDefault(c => c.Id == clusterId) is not { } cluster)
        {
            return null;
        }
        var submission = grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(RoundKey.For(programId, period), clusterId));
        var view = await submission.GetAsync(Reader);
        if (!view.Succeeded)
        {
            return null;
        }
        var kpis = await submission.PreviewKpisAsync();
        var history = await grains.GetGrain<IClusterGrain>(clusterId).GetHistoryAsync();
        return ReviewReportBuilder.Build(new ReviewReportInput(
            await ProgramNameAsync(programId), plan, cluster, view.Value!, kpis, history, this.options, clock.GetUtcNow()));
    }

    /// <summary>The round summary, for everything or for a reader's <paramref name="scope"/>.</summary>
    public async Task<RoundSummaryReport?> BuildRoundSummaryAsync(string programId, string period, ReportScope? scope = null)
    {
        var round = RoundGrain(programId, period);
        if (await round.GetPlanAsync() is not { } plan)
        {
            return null;
        }
        var previous = ReportClusters.Previous(period) is { } label
            ? await PreviousPeriodClusters.LoadAsync(grains, programId, label, plan)
            : [];
        return RoundSummaryBuilder.Build(new RoundSummaryInput(
            programId,
            await ProgramNameAsync(programId),
            await round.GetAsync(),
            plan,
            await round.GetClustersAsync(),
            await round.GetRollupAsync(),
            previous,
            scope ?? ReportScope.Everything,
            this.options,
            clock.GetUtcNow()));
    }

    /// <summary>A cluster's history over all its approved rounds.</summary>
    public async Task<ClusterProfileReport?> BuildClusterProfileAsync(string clusterId)
    {
        var clusterGrain = grains.GetGrain<IClusterGrain>(clusterId);
        if (await clusterGrain.GetAsync() is not { } cluster)
        {
            return null;
        }
        var history = await clusterGrain.GetHistoryAsync();
        var returns = new Dictionary<string, int>(StringComparer.Ordinal);
        RoundPlan? latestPlan = null;
        foreach (var approved in history)
        {
            var plan = await RoundOfSubmission(approved.SubmissionKey).GetPlanAsync();
            latestPlan = plan ?? latestPlan;
            var audit = await grains.GetGrain<ISubmissionGrain>(approved.SubmissionKey).GetAuditAsync(Reader);
            var labels = WorkflowLabels.From(plan?.Workflow.Json);
            returns[approved.Period] = audit.Value?.Count(labels.IsReturn) ?? 0;
        }
        // Imported history months belong to rounds that were never opened: their KPIs are read with
        // the pack of the program's latest round.
        latestPlan ??= await LatestRoundPlanAsync(cluster.ProgramId);
        return ProfileReportBuilder.Build(new ProfileReportInput(
            await ProgramNameAsync(cluster.ProgramId), cluster, history, latestPlan?.KpiPack, returns, this.options, clock.GetUtcNow()));
    }

    private async Task<RoundPlan?> LatestRoundPlanAsync(string programId)
    {
        var periods = await grains.GetGrain<IProgramRoundsGrain>(programId).ListAsync();
        foreach (var period in periods.OrderByDescending(p => Period.Parse(p).Period))
        {
            if (await RoundGrain(programId, period).GetPlanAsync() is { } plan) return plan;
        }
        return null;
    }

    /// <summary>The round's data and KPIs as sheets (cluster, district, state, program, enterprise), for a reader's <paramref name="scope"/>.</summary>
    public async Task<RoundExport?> BuildRoundExportAsync(string programId, string period, ReportScope? scope = null)
    {
        var round = RoundGrain(programId, period);
        if (await round.GetPlanAsync() is not { } plan)
        {
            return null;
        }
        scope ??= ReportScope.Everything;
        var clusters = await round.GetClustersAsync();
        var visible = clusters.Where(c => scope.Includes(c.Profile)).ToList();
        var roundKey = RoundKey.For(programId, period);
        var views = await Task.WhenAll(visible.Select(c => grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(roundKey, c.Profile.Id)).GetAsync(Reader)));
        var data = views.Where(v => v.Succeeded).ToDictionary(v => v.Value!.ClusterId, v => v.Value!.Data, StringComparer.Ordinal);
        var input = new ExportSourceInput(
            programId,
            await round.GetAsync(),
            plan,
            clusters,
            data,
            RoundRollups.For(programId, plan, await round.GetRollupAsync(), visible),
            await FormVersionsAsync(programId, plan.ClusterForm),
            plan.RosterForm is { } roster ? await FormVersionsAsync(programId, roster) : [],
            scope,
            this.options);
        return RoundExportBuilder.Build(RoundExportAssembler.Assemble(input));
    }

    private IRoundGrain RoundGrain(string programId, string period) => grains.GetGrain<IRoundGrain>(RoundKey.For(programId, period));

    private IRoundGrain RoundOfSubmission(string submissionKey)
    {
        var cut = submissionKey.LastIndexOf(RoundKey.Separator);
        return grains.GetGrain<IRoundGrain>(cut < 0 ? submissionKey : submissionKey[..cut]);
    }

    private async Task<string> ProgramNameAsync(string programId) =>
        (await grains.GetGrain<IProgramGrain>(programId).GetAsync())?.Name ?? programId;

    /// <summary>Every stored version of the form up to the round's, oldest first, ending with the round's own.</summary>
    private async Task<List<FormDefinition>> FormVersionsAsync(string programId, PlanDefinition used)
    {
        var stored = await grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.Form, used.Id)).GetHistoryAsync();
        var forms = stored
            .Where(v => v.Version < used.Version)
            .OrderBy(v => v.Version)
            .Select(v => FormDefinitionJson.Read(v.Content).Form)
            .OfType<FormDefinition>()
            .ToList();
        if (FormDefinitionJson.Read(used.Json).Form is { } own)
        {
            forms.Add(own);
        }
        return forms;
    }
}
