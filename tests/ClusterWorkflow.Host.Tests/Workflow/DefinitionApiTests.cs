using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

/// <summary>Workflows and monitoring plans saved through the API: checked with every problem's JSON path, versioned, stale saves refused.</summary>
[Collection(nameof(SharedHost))]
public sealed class DefinitionApiTests(SharedHost host)
{
    [Fact]
    public async Task AWorkflowIsCheckedVersionedAndDrawnAndAStaleSaveIsAConflict()
    {
        var pm = await host.ClientAsAsync(ReviewPeople.ProgramManager);
        await pm.PostAsJsonAsync("/api/programs", new { id = "wf-defs", name = "Definitions test program" });
        var broken = ReviewDefinitions.Workflow()
            .Replace("\"roles\": [\"districtReviewer\"], \"commentRequired\": true", "\"roles\": [\"districtReviewr\"], \"commentRequired\": true", StringComparison.Ordinal)
            .Replace("\"to\": \"Approved\"", "\"to\": \"Aproved\"", StringComparison.Ordinal);

        using var refused = await pm.PostAsync("/api/programs/wf-defs/workflows", Json(broken));
        var first = await ReviewApiRound.ReadAsync(await pm.PostAsync("/api/programs/wf-defs/workflows", Json(ReviewDefinitions.Workflow())));
        var second = await ReviewApiRound.ReadAsync(await pm.PostAsync("/api/programs/wf-defs/workflows?basedOnVersion=1", Json(ReviewDefinitions.Workflow().Replace("Pilot review", "Pilot review, second", StringComparison.Ordinal))));
        using var stale = await pm.PostAsync("/api/programs/wf-defs/workflows?basedOnVersion=1", Json(ReviewDefinitions.Workflow().Replace("Pilot review", "Pilot review, third", StringComparison.Ordinal)));
        var mermaid = await pm.GetStringAsync("/api/programs/wf-defs/workflows/pilot-review/mermaid");
        var v1 = await pm.GetFromJsonAsync<JsonElement>("/api/programs/wf-defs/workflows/pilot-review/versions/1");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var paths = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Contains("$.transitions[4].roles[0]", paths);
        Assert.Contains(paths, p => p!.StartsWith("$.transitions[5]", StringComparison.Ordinal));
        Assert.Equal((1, 2), (first.GetProperty("version").GetInt32(), second.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.StartsWith("stateDiagram", mermaid.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AMonitoringPlanIsRefusedWithEveryProblemAndItsPath()
    {
        var pm = await host.ClientAsAsync(ReviewPeople.ProgramManager);
        await pm.PostAsJsonAsync("/api/programs", new { id = "wf-plans", name = "Plans test program" });

        using var refused = await pm.PostAsJsonAsync("/api/programs/wf-plans/plans", new
        {
            id = "monthly",
            periodKind = "weekly",
            workflow = new { id = "no-such-workflow" },
            clusters = new[] { "Not An Id" },
            due = new { daysAfterPeriodEnd = -1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var paths = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["$.clusterForm", "$.clusters[0]", "$.due.daysAfterPeriodEnd", "$.periodKind", "$.workflow"], paths);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
