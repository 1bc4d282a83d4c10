using System.Net;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Load.Api;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// The bad requests mixed into a round: each must be refused with a 4xx (counted as an expected
/// refusal), or for a duplicate be answered without a second effect; anything else is an error.
/// The looping KPI pack is sent a bounded number of times: each costs the sandbox its time limit.
/// </summary>
public sealed class BadInputMix(RoundSession session, int loopingPacks)
{
    private int packsLeft = loopingPacks;

    public async Task UploadsAsync(PilotCluster cluster, string? token)
    {
        var p = session.ProgramId;
        await RefusedUploadAsync("oversized upload", Requests.Upload($"/api/programs/{p}/forms/enterprise_roster_monthly/repeats/roster/upload", BadInputs.OversizedRoster.Value, $"{cluster.Id}-big.csv"), token);
        await RefusedAsync("wrong form version", Requests.Upload($"/api/programs/{p}/forms/enterprise_roster_monthly/repeats/roster/upload?version=999", "enterprise_id\nx\n"u8.ToArray(), "wrong.csv"), token);
        await RefusedAsync("malformed JSON", Requests.Raw(HttpMethod.Post, $"/api/programs/{p}/clusters", BadInputs.MalformedDraft, "application/json"), session.Token("admin") ?? token);
        if (Interlocked.Decrement(ref packsLeft) >= 0)
            await RefusedAsync("looping KPI script", Requests.Upload($"/api/programs/{p}/kpi-packs", BadInputs.LoopingPack.Value, "looping.zip"), session.Token(RoundSetup.ProgramManager) ?? token);
    }

    public Task MalformedDraftAsync(string submissionPath, string? token) =>
        RefusedAsync("malformed draft", Requests.Raw(HttpMethod.Put, $"{submissionPath}/draft", BadInputs.MalformedDraft, "application/json"), token);

    /// <summary>The same command again, same request id and revision: answered, never applied twice.</summary>
    public async Task DuplicateAsync(string submissionPath, string trigger, SubmissionStep before, string requestId, string? token)
    {
        var answer = await session.SendAsync("duplicate", Requests.Send(HttpMethod.Post, $"{submissionPath}/actions/{trigger}",
            new { comment = (string?)null, basedOnRevision = before.Revision, requestId }), token);
        if (answer.Succeeded || answer.Status == HttpStatusCode.Conflict) session.Stats.ExpectedRefusals.Add($"duplicate {trigger}: {(int)answer.Status}");
        else session.Stats.Errors.Add($"duplicate {trigger}: {(int)answer.Status} {RoundSession.Title(answer)}");
    }

    /// <summary>The upload endpoint answers a rejected file with 200 and <c>fileRejected</c>, or with a 4xx.</summary>
    private async Task RefusedUploadAsync(string kind, Func<HttpRequestMessage> build, string? token)
    {
        var answer = await session.SendAsync(kind, build, token);
        var rejected = answer.Succeeded && answer.Json().TryGetProperty("fileRejected", out var flag) && flag.GetBoolean();
        if (rejected || (int)answer.Status is >= 400 and < 500) session.Stats.ExpectedRefusals.Add($"{kind}: {(int)answer.Status}{(rejected ? " file rejected" : "")}");
        else session.Stats.Errors.Add($"{kind}: answered {(int)answer.Status} without rejecting the file");
    }

    private async Task RefusedAsync(string kind, Func<HttpRequestMessage> build, string? token)
    {
        var answer = await session.SendAsync(kind, build, token);
        if ((int)answer.Status is >= 400 and < 500) session.Stats.ExpectedRefusals.Add($"{kind}: {(int)answer.Status}");
        else session.Stats.Errors.Add($"{kind}: answered {(int)answer.Status} where a refusal was due");
    }
}
