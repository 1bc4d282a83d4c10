using System.Text.Json;
using ClusterWorkflow.Load.Api;

namespace ClusterWorkflow.Load.Round;

/// <summary>What the API offers, read from its OpenAPI document, so the tool drives what exists.</summary>
public sealed record ApiFeatures(bool SignIn, bool Rounds, bool Rollup)
{
    public static async Task<ApiFeatures> ReadAsync(RoundSession session)
    {
        var answer = await session.SendAsync("openapi", Requests.Get("/openapi/v1.json"), null);
        if (!answer.Succeeded) return new ApiFeatures(false, false, false);
        var paths = answer.Json().GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var signIn = paths.Contains("/api/auth/token");
        // The round endpoints act for a signed-in person: without sign-in they cannot be driven.
        return new ApiFeatures(
            signIn,
            signIn && paths.Contains("/api/programs/{programId}/rounds/{period}/submissions/{clusterId}/actions/{trigger}"),
            paths.Contains(RollupPath));
    }

    public const string RollupPath = "/api/operations/rounds/{programId}/{period}/rollup";
}
