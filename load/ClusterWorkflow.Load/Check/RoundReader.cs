using System.Text.Json;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Load.Api;
using ClusterWorkflow.Load.Round;

namespace ClusterWorkflow.Load.Check;

/// <summary>Reads a round back through the API for the consistency check: every submission, and the stored roll-up.</summary>
public static class RoundReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<Dictionary<string, ObservedSubmission>> SubmissionsAsync(RoundSession session, IEnumerable<string> clusterIds, string? token)
    {
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, ObservedSubmission>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(clusterIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = session.Cancellation }, async (clusterId, _) =>
        {
            var answer = await session.SendAsync("check: read submission", Requests.Get(session.SubmissionPath(clusterId)), token);
            if (answer.Succeeded) result[clusterId] = Observe(clusterId, answer.Json());
        });
        return new Dictionary<string, ObservedSubmission>(result, StringComparer.Ordinal);
    }

    public static ObservedSubmission Observe(string clusterId, JsonElement view)
    {
        var step = SubmissionStep.From(view);
        var roster = view.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("roster", out var r) ? r : default;
        var (rows, sum) = roster.ValueKind == JsonValueKind.Array ? DataFingerprint.Of(roster) : (0, 0.0);
        var audit = view.TryGetProperty("audit", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => new ObservedAuditEntry(
                e.GetProperty("sequence").GetInt32(),
                e.GetProperty("trigger").GetString() ?? "",
                e.GetProperty("from").GetString() ?? "",
                e.GetProperty("to").GetString() ?? "",
                e.TryGetProperty("requestId", out var id) ? id.GetString() : null)).ToList()
            : [];
        var kpis = view.TryGetProperty("kpis", out var k) && k.ValueKind == JsonValueKind.Object ? k.Deserialize<KpiClusterResult>(Json) : null;
        return new ObservedSubmission(clusterId, step.State, step.Revision, step.DataRevision, rows, sum, audit, kpis);
    }

    /// <summary>
    /// The round's clusters without approved data, with the values the round gives them when it
    /// closes: the round's facts only (expected, due date), nothing from a submission.
    /// </summary>
    public static async Task<List<KpiClusterResult>> UnreportedAsync(RoundSession session, string? token, KpiPack pack, KpiEvaluator evaluator, IEnumerable<string> approved)
    {
        var round = await session.SendAsync("check: read round", Requests.Get($"/api/programs/{session.ProgramId}/rounds/{session.Period}"), token);
        var list = await session.SendAsync("check: list submissions", Requests.Get($"/api/programs/{session.ProgramId}/rounds/{session.Period}/submissions"), token);
        if (!round.Succeeded || !list.Succeeded) throw new InvalidOperationException($"The check cannot read the round: {(round.Succeeded ? list : round)}");
        var due = round.Json().GetProperty("round").GetProperty("dueDate").GetString();
        var dueDate = due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        var skip = approved.ToHashSet(StringComparer.Ordinal);
        return list.Json().EnumerateArray()
            .Where(s => !skip.Contains(s.GetProperty("clusterId").GetString()!))
            .Select(s => evaluator.Evaluate(pack, new KpiClusterInput
            {
                ClusterId = s.GetProperty("clusterId").GetString()!,
                Geography = new KpiGeography
                {
                    State = s.GetProperty("state").GetString() ?? "",
                    District = s.GetProperty("district").GetString() ?? "",
                    Block = s.GetProperty("block").GetString() ?? "",
                },
                Period = session.Period,
                Reported = false,
                Round = new KpiRoundFacts { Expected = true, DueDate = dueDate },
            }))
            .ToList();
    }

    /// <summary>The roll-up the round stored when it closed; null when the API does not expose it.</summary>
    public static async Task<KpiRollupResult?> RollupAsync(RoundSession session, string? token)
    {
        var answer = await session.SendAsync("check: read roll-up", Requests.Get($"/api/operations/rounds/{session.ProgramId}/{session.Period}/rollup"), token);
        return answer.Succeeded ? answer.Json().Deserialize<KpiRollupResult>(Json) : null;
    }
}
