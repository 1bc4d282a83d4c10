using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;
using ClusterWorkflow.Host.Tests.Reports;

namespace ClusterWorkflow.Host.Tests.Audit;

/// <summary>The audit through <c>GET /api/audit</c>: sign-ins, definition changes and workflow transitions, as administrators read them.</summary>
[Collection(nameof(SharedHost))]
public sealed class AuditApiTests(SharedHost host)
{
    [Fact]
    public async Task SignInsSignOutsAndALockOutAreAuditedInOrderWithoutThePasswordOrTheToken()
    {
        const string password = "audit-canary-password-7";
        (await host.Admin.PostAsJsonAsync("/api/users", new { userName = "audit-signin", displayName = "Audit sign-in", password, roles = new[] { "viewer" } }))
            .EnsureSuccessStatusCode();
        var token = await host.Process.TokenAsync("audit-signin", password);
        using (var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out"))
        {
            signOut.Headers.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.NoContent, (await host.Anonymous.SendAsync(signOut)).StatusCode);
        }
        for (var attempt = 1; attempt <= 5; attempt++)
            await host.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "audit-signin", password = "audit-wrong-password" });
        await host.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "audit-signin", password });

        var text = await host.Admin.GetStringAsync("/api/audit?kind=sign-in&user=audit-signin");
        var actions = JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();

        Assert.Equal(["signed-in", "signed-out", "refused", "refused", "refused", "refused", "locked-out", "refused-locked-out"], actions);
        Assert.DoesNotContain(password, text);
        Assert.DoesNotContain("audit-wrong-password", text);
        Assert.DoesNotContain(token, text);
    }

    [Fact]
    public async Task ADefinitionChangeSaysWhoChangedWhichDefinitionFromWhichVersionToWhich()
    {
        var manager = await host.ClientAsAsync(new TestUser("audit-pm", ["programManager"]));
        (await manager.PostAsJsonAsync("/api/programs", new { id = "audit-definitions", name = "Audit of definitions" })).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync("/api/programs/audit-definitions/forms", Form("Trainings, monthly"))).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync("/api/programs/audit-definitions/forms", Form("Trainings held this month"))).EnsureSuccessStatusCode();

        var entries = (await host.Admin.GetFromJsonAsync<JsonElement>("/api/audit?kind=definition&user=audit-pm")).EnumerateArray()
            .Where(e => e.GetProperty("subject").GetString() == "audit-definitions/form/audit_form")
            .Select(e => (e.GetProperty("userId").GetString(), e.GetProperty("from").GetString(), e.GetProperty("to").GetString()))
            .ToList();

        Assert.Equal([("audit-pm", null, "1"), ("audit-pm", "1", "2")], entries);
    }

    [Fact]
    public async Task AWorkflowTransitionIsAuditedWithWhoFiredItAndTheStatesBeforeAndAfter()
    {
        var round = await ReportRound.OpenAsync(host.Process, "audit-transitions");

        await round.StartDhamtariAsync();

        var entry = (await host.Admin.GetFromJsonAsync<JsonElement>($"/api/audit?kind=workflow&user={round.DhamtariTsa.UserName}")).EnumerateArray().Single();
        Assert.Equal("start", entry.GetProperty("action").GetString());
        Assert.Equal($"audit-transitions~{ReportRound.Period}~{round.Dhamtari}", entry.GetProperty("subject").GetString());
        Assert.Equal(("Assigned", "Draft"), (entry.GetProperty("from").GetString(), entry.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task ABadAuditQueryIsRefusedNamingEveryWrongParameter()
    {
        using var response = await host.Admin.GetAsync("/api/audit?kind=logins&from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Equal(["from", "kind"], fields);
        using var tooLong = await host.Admin.GetAsync("/api/audit?from=2026-01-01&to=2026-03-31");
        Assert.Contains("at most 31 days", await tooLong.Content.ReadAsStringAsync());
    }

    private static object Form(string title) => new
    {
        id = "audit_form",
        version = 1,
        title = new { en = title },
        fields = new object[] { new { name = "trainings_held", type = "Integer", required = true, min = 0, label = new { en = "Trainings held" } } },
    };
}
