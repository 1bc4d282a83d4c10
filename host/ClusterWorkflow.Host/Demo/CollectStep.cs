using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Upload;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// Each TSA uploads the month's roster as a CSV file, through the checks of the upload endpoint. In
/// every third cluster the file carries typing mistakes (<see cref="PilotErrorInjector"/>); the upload
/// refuses those rows by row and column, the TSA corrects them and uploads again. The TSA then starts
/// the submission, saves the accepted rows with the cluster form as the draft, and submits.
/// </summary>
public sealed class CollectStep : IDemoStep
{
    private const int MistakesPerBrokenFile = 3;

    public string Name => "TSAs upload rosters and submit";

    public async Task<string> RunAsync(DemoRun run)
    {
        var plan = (await run.Round.GetPlanAsync())!;
        var form = FormDefinitionJson.Read(plan.RosterForm!.Json).Form!;
        var upload = new RosterUpload(run.Services.GetRequiredService<FormValidator>());
        var submitted = await DemoCommands.ForEachClusterAsync(run, async (cluster, index) =>
        {
            var submission = run.Submission(cluster.Cluster.Id);
            if ((await submission.GetInfoAsync()).State is not (DemoCommands.Assigned or DemoCommands.Draft)) return false;
            var tsa = await run.AsAsync(cluster.Cluster.TsaId);
            var rows = UploadRoster(run, upload, form, cluster, index);
            var view = await DemoCommands.ViewAsync(submission, tsa);
            if (view.State == DemoCommands.Assigned) view = await DemoCommands.FireAsync(submission, tsa, view, "start");
            var data = new SubmissionData(PilotClusterMonths.ClusterValues(cluster, run.Program.CurrentPeriod), rows);
            view = await DemoCommands.SaveAsync(submission, tsa, view, data);
            await DemoCommands.FireAsync(submission, tsa, view, "submit");
            Interlocked.Add(ref run.RowsAccepted, rows.Count);
            return true;
        });
        return $"{submitted} submissions submitted with {run.RowsAccepted:N0} roster rows; {run.UploadFindings.Count} uploads had mistakes, " +
               $"{run.RowsFixed} rows refused, fixed and uploaded again";
    }

    /// <summary>The accepted rows of the cluster's upload, after the mistakes (if any) were fixed and the file uploaded again.</summary>
    private static List<Dictionary<string, object?>> UploadRoster(DemoRun run, RosterUpload upload, FormDefinition form, PilotClusterData cluster, int index)
    {
        var period = run.Program.CurrentPeriod;
        var rows = cluster.Month(period)!.Rows;
        RosterUploadResult result;
        if (index % 3 != 0)
        {
            result = Upload(upload, form, rows, cluster.Cluster.Id, period);
        }
        else
        {
            var broken = PilotErrorInjector.InjectErrors(rows, MistakesPerBrokenFile, run.Options.Pilot.Seed + index);
            var first = Upload(upload, form, broken.Rows, cluster.Cluster.Id, period);
            var refused = first.Problems.Where(p => p.Severity == Severity.Error && p.Row is not null).ToList();
            var refusedRows = refused.Select(p => p.Row).Distinct().Count();
            Interlocked.Add(ref run.RowsFixed, refusedRows);
            run.UploadFindings.Add($"{cluster.Cluster.Id}: {broken.Errors.Count} mistakes typed, {refusedRows} rows refused ({string.Join("; ", refused.Take(2))})");
            result = Upload(upload, form, PilotErrorInjector.Fix(broken.Rows, broken.Errors), cluster.Cluster.Id, period);
        }
        if (result.HasErrors)
            throw new InvalidOperationException($"The roster of {cluster.Cluster.Id} still has errors: {string.Join("; ", result.Problems.Where(p => p.Severity == Severity.Error).Take(3))}");
        return result.ValidRows.Select(r => r.Values).ToList();
    }

    private static RosterUploadResult Upload(RosterUpload upload, FormDefinition form, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, string clusterId, Domain.Periods.Period period)
    {
        using var file = new MemoryStream(RosterCsvWriter.ToUtf8(rows));
        var context = new Dictionary<string, object?> { ["period"] = period.Label, ["period_days"] = period.Days };
        return upload.Read(form, SubmissionRepeat(form), file, $"{clusterId}-{period.Label}.csv", context);
    }

    private static string SubmissionRepeat(FormDefinition form) => form.Fields.First(f => f.Type == FieldType.Repeat).Name;
}
