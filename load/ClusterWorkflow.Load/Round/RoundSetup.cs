using System.Net;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Load.Api;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// Everything a round needs before the TSAs start: the program, its clusters, the pilot's forms,
/// workflow and plan, the people (when the API has sign-in), and the open round. Safe to run twice.
/// </summary>
public static class RoundSetup
{
    public const string ProgramManager = "load-program-manager";

    public static async Task<bool> RunAsync(RoundSession session, PilotRound round, ApiFeatures features, string definitions, TextWriter log)
    {
        var p = session.ProgramId;
        if (session.SignedIn)
        {
            var users = new List<Task> { session.EnsureUserAsync(ProgramManager, [WorkflowRoles.ProgramManager]) };
            users.AddRange(round.TsaIds.Select(tsa => session.EnsureUserAsync(tsa, [WorkflowRoles.Tsa], tsaId: tsa)));
            foreach (var (district, state) in round.Clusters.Select(c => (c.DistrictId, c.StateId)).Distinct())
            {
                users.Add(session.EnsureUserAsync($"district-reviewer-{district}", [WorkflowRoles.DistrictReviewer], districts: [district]));
                users.Add(session.EnsureUserAsync($"state-reviewer-{state}", [WorkflowRoles.StateReviewer], states: [state]));
            }
            await Task.WhenAll(users);
        }
        var pm = session.SignedIn ? session.Token(ProgramManager) : null;
        var admin = session.Token("admin");
        var manager = pm ?? admin;

        await Must(session, "create-program", Requests.Send(HttpMethod.Post, "/api/programs", new { id = p, name = "Load test program (sample data)" }), admin ?? manager);
        await Must(session, "save-form", Requests.Raw(HttpMethod.Post, $"/api/programs/{p}/forms", File.ReadAllBytes(Path.Combine(definitions, "forms", "enterprise-roster-monthly.json")), "application/json"), manager);
        await Must(session, "save-form", Requests.Raw(HttpMethod.Post, $"/api/programs/{p}/forms", File.ReadAllBytes(Path.Combine(definitions, "forms", "cluster-quarterly.json")), "application/json"), manager);

        var added = 0;
        await Parallel.ForEachAsync(round.Clusters, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = session.Cancellation }, async (cluster, _) =>
        {
            var answer = await session.ExpectAsync("add-cluster", Requests.Send(HttpMethod.Post, $"/api/programs/{p}/clusters", new
            {
                id = cluster.Id,
                name = cluster.Name,
                type = cluster.Type.ToString().ToLowerInvariant(),
                state = cluster.StateId,
                district = cluster.DistrictId,
                block = cluster.Block,
                tsaId = cluster.TsaId,
                activity = cluster.Activity,
            }), admin ?? manager, HttpStatusCode.Conflict);
            if (answer.Succeeded || answer.Status == HttpStatusCode.Conflict) Interlocked.Increment(ref added);
        });
        log.WriteLine($"program {p}: {added} of {round.Clusters.Count} clusters in place");

        if (!features.Rounds) return false;
        await Must(session, "save-workflow", Requests.Raw(HttpMethod.Post, $"/api/programs/{p}/workflows", File.ReadAllBytes(Path.Combine(definitions, "workflows", "pilot-review.json")), "application/json"), manager);
        await Must(session, "save-plan", Requests.Raw(HttpMethod.Post, $"/api/programs/{p}/plans", File.ReadAllBytes(Path.Combine(definitions, "plans", "pilot-monthly.json")), "application/json"), manager);
        await Must(session, "open-round", Requests.Send(HttpMethod.Post, $"/api/programs/{p}/rounds", new { period = session.Period, planId = "pilot-monthly" }), manager, HttpStatusCode.Conflict);
        log.WriteLine($"round {session.Period} open");
        return true;
    }

    private static async Task Must(RoundSession session, string operation, Func<HttpRequestMessage> build, string? token, params HttpStatusCode[] alsoFine)
    {
        var answer = await session.SendAsync(operation, build, token);
        if (!answer.Succeeded && !alsoFine.Contains(answer.Status) && !(operation == "create-program" && answer.Status == HttpStatusCode.Conflict))
            throw new InvalidOperationException($"Setting up the round failed at {operation}: {answer}");
    }
}
