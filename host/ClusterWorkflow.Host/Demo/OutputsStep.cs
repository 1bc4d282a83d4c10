using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Host.Pilot;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// Writes what people read after the round, from the store as the report endpoints build it: the round
/// summary and every cluster's review report (the program's templates, else the shipped ones), the
/// Excel export, the KPI roll-up as CSV and the audit of every transition.
/// </summary>
public sealed class OutputsStep : IDemoStep
{
    public string Name => "write the reports";

    public async Task<string> RunAsync(DemoRun run)
    {
        var dir = run.Options.OutDir;
        Directory.CreateDirectory(dir);
        var source = run.Services.GetRequiredService<RoundReportSource>();
        var templates = run.Services.GetRequiredService<ReportTemplateCatalog>();
        var files = 0;

        var summary = await source.BuildRoundSummaryAsync(run.ProgramId, run.Period)
            ?? throw new InvalidOperationException($"There is no round {run.Period} to report on.");
        await WriteAsync(Path.Combine(dir, "round-summary.html"), await RenderAsync(templates, run, ReportKind.RoundSummary, summary));
        files++;
        foreach (var cluster in run.Program.Clusters)
        {
            var review = await source.BuildClusterReviewAsync(run.ProgramId, run.Period, cluster.Id)
                ?? throw new InvalidOperationException($"Cluster {cluster.Id} has no submission in round {run.Period}.");
            await WriteAsync(Path.Combine(dir, $"review-{cluster.Id}.html"), await RenderAsync(templates, run, ReportKind.ClusterReview, review));
            files++;
        }

        var export = await source.BuildRoundExportAsync(run.ProgramId, run.Period);
        await using (var excel = File.Create(Path.Combine(dir, "round.xlsx")))
        {
            ExcelExportWriter.Write(export!, excel);
        }
        var rollup = await run.Round.GetRollupAsync()
            ?? throw new InvalidOperationException($"Round {run.Period} has no roll-up: it is not closed.");
        await WriteAsync(Path.Combine(dir, "kpis.csv"), KpiCsv.Write(rollup, (await run.Round.GetPlanAsync())?.KpiPack));

        var manager = await run.AsAsync(PilotSeeder.ProgramManagerId);
        var audits = new List<(string, IReadOnlyList<Domain.Workflow.WorkflowAuditEntry>)>();
        foreach (var cluster in run.Program.Clusters)
        {
            var submission = run.Submission(cluster.Id);
            var audit = await submission.GetAuditAsync(manager);
            audits.Add((submission.GetPrimaryKeyString(), audit.Value ?? []));
        }
        await WriteAsync(Path.Combine(dir, "audit.csv"), AuditCsv.Write(audits));
        files += 3;
        return $"{files} files in {dir}: round-summary.html, {run.Program.Clusters.Count} review-<cluster>.html, round.xlsx, kpis.csv ({rollup.Nodes.Count} nodes), audit.csv ({audits.Sum(a => a.Item2.Count)} transitions)";
    }

    private static async Task<string> RenderAsync(ReportTemplateCatalog templates, DemoRun run, ReportKind kind, object model)
    {
        var rendered = await templates.RenderAsync(run.ProgramId, kind, ReportFormat.Html, model);
        return rendered.Ok
            ? rendered.Content!
            : throw new InvalidOperationException($"The {kind} report did not render: {string.Join(" ", rendered.Errors)}");
    }

    private static Task WriteAsync(string path, string content) => File.WriteAllTextAsync(path, content);
}
