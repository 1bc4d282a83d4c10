using System.Net;
using System.Text.Json;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Load.Api;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// One cluster's round as its people live it: the TSA uploads the roster spreadsheet, starts, saves
/// the draft with the accepted rows and the cluster form, submits; the district reviewer starts the
/// review and approves; the state reviewer approves. Each command names the revision it acts on and
/// a request id of its own, so the client may repeat it after a lost silo. Accepted commands go to the ledger.
/// </summary>
public sealed class ClusterFlow(RoundSession session, PilotRound round, RoundLedger ledger, ApiFeatures features, BadInputMix badInputs)
{
    /// <summary>Called right before each roster upload (the fault run kills a silo during one).</summary>
    public Func<Task>? BeforeUpload { get; init; }

    public long Submitted;
    public long Approved;

    public async Task RunAsync(PilotCluster cluster, bool withBadInput)
    {
        var tsa = session.Token(cluster.TsaId) ?? session.Token("admin");
        var (rows, values) = round.Data(cluster);
        var csv = RosterCsvWriter.ToUtf8(rows);
        var uploadPath = $"/api/programs/{session.ProgramId}/forms/enterprise_roster_monthly/repeats/roster/upload?period={round.Period.Label}";
        if (BeforeUpload is not null) await BeforeUpload();
        var upload = await session.ExpectAsync("upload-roster", Requests.Upload(uploadPath, csv, $"{cluster.Id}.csv"), tsa);
        if (!upload.Succeeded) return;
        var accepted = upload.Json().GetProperty("accepted").EnumerateArray().Select(r => r.GetProperty("values").Clone()).ToList();
        if (withBadInput) await badInputs.UploadsAsync(cluster, tsa);
        if (!features.Rounds) return;

        var path = session.SubmissionPath(cluster.Id);
        var view = await session.ExpectAsync("get-submission", Requests.Get(path), tsa);
        if (!view.Succeeded) return;
        var step = SubmissionStep.From(view);
        var entry = ledger.For(cluster.Id);

        step = await FireAsync(entry, path, "start", step, tsa);
        if (step is null) return;
        step = await SaveAsync(entry, path, step, values, accepted, tsa, withBadInput);
        if (step is null) return;
        var submitId = Guid.NewGuid().ToString("N");
        var beforeSubmit = step;
        step = await FireAsync(entry, path, "submit", step, tsa, submitId);
        if (step is null) return;
        Interlocked.Increment(ref Submitted);
        if (withBadInput) await badInputs.DuplicateAsync(path, "submit", beforeSubmit, submitId, tsa);

        step = await FireAsync(entry, path, "startReview", step, session.Token($"district-reviewer-{cluster.DistrictId}"));
        if (step is null) return;
        step = await FireAsync(entry, path, "approve", step, session.Token($"district-reviewer-{cluster.DistrictId}"));
        if (step is null) return;
        step = await FireAsync(entry, path, "approve", step, session.Token($"state-reviewer-{cluster.StateId}"));
        if (step is not null) Interlocked.Increment(ref Approved);
    }

    private async Task<SubmissionStep?> FireAsync(ClusterLedger entry, string path, string trigger, SubmissionStep before, string? token, string? requestId = null)
    {
        if (session.Stopping) return null;
        requestId ??= Guid.NewGuid().ToString("N");
        var operation = trigger is "approve" ? $"approve ({before.State})" : trigger;
        var answer = await session.SendAsync(operation, Requests.Send(HttpMethod.Post, $"{path}/actions/{trigger}",
            new { comment = (string?)null, basedOnRevision = before.Revision, requestId }), token);
        if (answer.Succeeded)
        {
            var after = SubmissionStep.From(answer);
            entry.Fired(new LedgerTransition(trigger, before.State, after.State, requestId));
            return after;
        }
        // A repeat after a lost answer may meet its own earlier success as a conflict: read and see.
        if (answer.Status == HttpStatusCode.Conflict && await ReadAsync(path, token) is { } view && SubmissionStep.Applied(view, requestId) is { } applied)
        {
            session.Stats.Retries.Add($"{operation}: applied before the answer was lost");
            entry.Fired(new LedgerTransition(trigger, applied.From, applied.To, requestId));
            return SubmissionStep.From(view);
        }
        session.Stats.Errors.Add($"{operation}: {(int)answer.Status} {RoundSession.Title(answer)}");
        return null;
    }

    private async Task<SubmissionStep?> SaveAsync(
        ClusterLedger entry, string path, SubmissionStep before, IReadOnlyDictionary<string, object?> values, List<JsonElement> roster, string? token, bool withBadInput)
    {
        if (session.Stopping) return null;
        if (withBadInput) await badInputs.MalformedDraftAsync(path, token);
        var requestId = Guid.NewGuid().ToString("N");
        var answer = await session.SendAsync("save-draft", Requests.Send(HttpMethod.Put, $"{path}/draft",
            new { data = new { cluster = values, roster }, basedOnRevision = before.Revision, requestId }), token);
        var (rows, sum) = DataFingerprint.Of(roster);
        if (answer.Succeeded)
        {
            entry.Saved(requestId, rows, sum);
            TallyValidationErrors(answer.Json());
            return SubmissionStep.From(answer);
        }
        if (answer.Status == HttpStatusCode.Conflict && await ReadAsync(path, token) is { } view && SubmissionStep.From(view).DataRevision > before.DataRevision)
        {
            session.Stats.Retries.Add("save-draft: applied before the answer was lost");
            entry.Saved(requestId, rows, sum);
            return SubmissionStep.From(view);
        }
        session.Stats.Errors.Add($"save-draft: {(int)answer.Status} {RoundSession.Title(answer)}");
        return null;
    }

    /// <summary>Errors in a saved draft block its submission: the report names them by field and code.</summary>
    private void TallyValidationErrors(JsonElement view)
    {
        if (!view.TryGetProperty("problems", out var problems) || problems.ValueKind != JsonValueKind.Array) return;
        foreach (var problem in problems.EnumerateArray())
        {
            if (problem.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.String && severity.GetString() is "error" or "Error")
                session.Stats.ValidationErrors.Add($"{problem.GetProperty("field").GetString()}: {problem.GetProperty("code").GetString()} — {problem.GetProperty("message").GetString()}");
        }
    }

    private async Task<JsonElement?> ReadAsync(string path, string? token)
    {
        var view = await session.SendAsync("get-submission", Requests.Get(path), token);
        return view.Succeeded ? view.Json() : null;
    }
}
