using System.Text.Json;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Body of <c>PUT .../submissions/{cluster}/draft</c>: the data (<c>{ "cluster": { field: value },
/// "roster": [ { field: value }, ... ] }</c>), the revision it is based on and a client-made request id.
/// </summary>
public sealed record SaveDraftRequest(JsonElement? Data, long? BasedOnRevision, string? RequestId)
{
    public List<Problem> Check()
    {
        var problems = SubmissionRequestChecks.Common(BasedOnRevision, RequestId);
        if (Data is not { ValueKind: JsonValueKind.Object } data)
        {
            problems.Add(new Problem("required", "Send the data as { \"cluster\": { field: value, ... }, \"roster\": [ { field: value, ... }, ... ] }.", "data"));
            return problems;
        }
        if (data.TryGetProperty("cluster", out var cluster) && cluster.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            problems.Add(new Problem("not-an-object", "data.cluster must be an object of the cluster form's values.", "data.cluster"));
        if (data.TryGetProperty("roster", out var roster))
        {
            if (roster.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
                problems.Add(new Problem("not-a-list", "data.roster must be a list of rows, one object per enterprise.", "data.roster"));
            else if (roster.ValueKind == JsonValueKind.Array)
                problems.AddRange(roster.EnumerateArray().Select((row, i) => (row, i)).Where(r => r.row.ValueKind != JsonValueKind.Object)
                    .Select(r => new Problem("not-an-object", $"Row {r.i + 1} of the roster is not an object of field values.", $"data.roster[{r.i}]")));
        }
        foreach (var property in data.EnumerateObject().Where(p => p.Name is not ("cluster" or "roster")))
            problems.Add(new Problem("unknown-property", $"data has no property '{property.Name}': put form values under \"cluster\" and enterprise rows under \"roster\".", $"data.{property.Name}"));
        return problems;
    }

    public SubmissionData ToData()
    {
        var data = Data!.Value;
        var cluster = data.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.Object ? JsonPlain.ToDictionary(c) : [];
        var roster = data.TryGetProperty("roster", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(JsonPlain.ToDictionary).ToList()
            : [];
        return new SubmissionData(cluster, roster);
    }
}

/// <summary>Body of <c>POST .../submissions/{cluster}/actions/{trigger}</c>: an optional comment, the revision acted on, a client-made request id.</summary>
public sealed record SubmissionActionRequest(string? Comment, long? BasedOnRevision, string? RequestId)
{
    public List<Problem> Check() => SubmissionRequestChecks.Common(BasedOnRevision, RequestId);
}

internal static class SubmissionRequestChecks
{
    public static List<Problem> Common(long? basedOnRevision, string? requestId)
    {
        var problems = new List<Problem>();
        if (basedOnRevision is null)
            problems.Add(new Problem("required", "Send basedOnRevision: the submission's revision as you last read it (GET the submission; it is its \"revision\").", "basedOnRevision"));
        if (string.IsNullOrWhiteSpace(requestId))
            problems.Add(new Problem("required", "Send a requestId made by the client (e.g. a GUID), so that a retried request counts once.", "requestId"));
        else if (requestId.Length > 100)
            problems.Add(new Problem("too-long", "requestId has more than 100 characters; a GUID is enough.", "requestId"));
        return problems;
    }
}
