using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>The few lines printed after the round: outcome, headline figures, where to look, and where the time went.</summary>
public static class DemoSummary
{
    public static async Task<IReadOnlyList<string>> LinesAsync(DemoRun run, string dataDir, IReadOnlyList<(string Step, TimeSpan Time)> timings)
    {
        var lines = new List<string>();
        var clusters = await run.Round.GetClustersAsync();
        var manager = await run.AsAsync(PilotSeeder.ProgramManagerId);
        var returned = new List<string>();
        foreach (var cluster in clusters)
        {
            var audit = (await run.Submission(cluster.Profile.Id).GetAuditAsync(manager)).Value ?? [];
            if (audit.FirstOrDefault(a => a.Trigger == "return") is { } back) returned.Add($"{cluster.Profile.Id} by {back.ActorId}: \"{back.Comment}\"");
        }
        lines.Add($"summary: {clusters.Count(c => c.WorkflowState == DemoCommands.Approved)} of {clusters.Count} clusters approved in round {run.Period} of {run.ProgramId}; " +
                  $"{returned.Count} returned with a comment and approved after resubmission");
        lines.AddRange(returned.Select(r => $"  returned: {r}"));
        lines.AddRange(run.UploadFindings.Order(StringComparer.Ordinal).Select(f => $"  upload: {f}"));
        var pack = (await run.Round.GetPlanAsync())?.KpiPack;
        if (await run.Round.GetRollupAsync() is { } rollup && rollup.Find(KpiLevel.Program, run.ProgramId) is { } program && pack is not null)
        {
            string Show(string id) => pack.Kpis.FirstOrDefault(k => k.Id == id) is { } kpi
                ? KpiValueFormat.Short(Reports.KpiPresentation.Value(kpi, program.Values.GetValueOrDefault(id)), Reports.KpiPresentation.Unit(kpi))
                : "no value";
            lines.Add($"program this month: turnover {Show("turnover")}, employment {Show("employment")} persons, " +
                      $"active rate {Show("active_rate")}, women-owned {Show("women_owned_share")}, forward linkage {Show("forward_linkage_share")}");
        }
        lines.Add($"outputs: {run.Options.OutDir}");
        lines.Add($"store: {dataDir} (the host serves it: dotnet run --project host/ClusterWorkflow.Host -- --data-dir {dataDir})");
        var total = timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
        lines.Add($"time: {total.TotalSeconds:0.0} s — {string.Join(", ", timings.Select(t => $"{t.Step} {t.Time.TotalSeconds:0.0} s"))}");
        return lines;
    }
}
