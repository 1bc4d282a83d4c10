using System.Text.Json;
using ClusterWorkflow.Load.Api;

namespace ClusterWorkflow.Load.Round;

/// <summary>Where a submission stands after an answer: its workflow state, revision and data revision.</summary>
public sealed record SubmissionStep(string State, long Revision, int DataRevision)
{
    public static SubmissionStep From(ApiAnswer answer) => From(answer.Json());

    public static SubmissionStep From(JsonElement view) => new(
        view.GetProperty("state").GetString() ?? "",
        view.GetProperty("revision").GetInt64(),
        view.TryGetProperty("dataRevision", out var data) ? data.GetInt32() : 0);

    /// <summary>The audit entry of a request id in a view, when the request was applied.</summary>
    public static (string From, string To)? Applied(JsonElement view, string requestId)
    {
        if (!view.TryGetProperty("audit", out var audit) || audit.ValueKind != JsonValueKind.Array) return null;
        foreach (var entry in audit.EnumerateArray())
        {
            if (entry.TryGetProperty("requestId", out var id) && id.GetString() == requestId)
                return (entry.GetProperty("from").GetString() ?? "", entry.GetProperty("to").GetString() ?? "");
        }
        return null;
    }
}
