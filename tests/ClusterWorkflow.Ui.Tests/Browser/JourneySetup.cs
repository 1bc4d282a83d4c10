using System.Net.Http.Json;
using System.Text;
using ClusterWorkflow.Ui.Tests.Infrastructure;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>What a program manager would have set up before the round: through the API, as the admin.</summary>
public sealed class JourneySetup(HostUnderTest host)
{
    public const string ProgramId = "ui-journey";
    public const string ClusterId = "budaun-zari-ui";
    public const string Period = "2026-11";

    public async Task RunAsync()
    {
        await PostAsync($"/api/programs", new { id = ProgramId, name = "UI journey program (sample)" });
        await PostAsync($"/api/programs/{ProgramId}/clusters", new
        {
            id = ClusterId,
            name = "Sample Zari Cluster (sample data)",
            type = "artisanal",
            state = "uttar-pradesh",
            district = "budaun",
            block = "ujhani",
            tsaId = JourneyHost.Tsa.TsaId,
        });
        await PostFileAsync($"/api/programs/{ProgramId}/forms", "templates/forms/cluster-quarterly.json");
        await PostFileAsync($"/api/programs/{ProgramId}/forms", "templates/forms/enterprise-roster-monthly.json");
        await PostFileAsync($"/api/programs/{ProgramId}/workflows", "templates/workflows/pilot-review.json");
        await PostAsync($"/api/programs/{ProgramId}/plans", new
        {
            id = "ui-monthly",
            name = "UI journey monthly round",
            periodKind = "monthly",
            workflow = new { id = "pilot-review" },
            clusterForm = new { id = "cluster_quarterly" },
            rosterForm = new { id = "enterprise_roster_monthly" },
            clusters = "all",
            reviewers = new
            {
                districts = new Dictionary<string, string[]> { ["budaun"] = [JourneyHost.DistrictReviewer.UserName] },
                states = new Dictionary<string, string[]> { ["uttar-pradesh"] = [JourneyHost.StateReviewer.UserName] },
            },
            due = new { daysAfterPeriodEnd = 10 },
        });
        await PostAsync($"/api/programs/{ProgramId}/rounds", new { period = Period, planId = "ui-monthly" });
    }

    private async Task PostAsync(string path, object body)
    {
        using var response = await host.Admin.PostAsJsonAsync(path, body);
        await host.EnsureAsync(response, $"POST {path}");
    }

    private async Task PostFileAsync(string path, string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, file));
        using var response = await host.Admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        await host.EnsureAsync(response, $"POST {path} ({file})");
    }
}
