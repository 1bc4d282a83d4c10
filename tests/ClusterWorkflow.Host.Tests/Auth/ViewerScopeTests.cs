using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;
using ClusterWorkflow.Host.Tests.Reports;

namespace ClusterWorkflow.Host.Tests.Auth;

/// <summary>Viewers read approved data only, and a viewer given a geography reads only that geography.</summary>
[Collection(nameof(SharedHost))]
public sealed class ViewerScopeTests(SharedHost host)
{
    private const string Program = "viewer-scope";
    private static readonly SemaphoreSlim Opening = new(1, 1);
    private static ReportRound? round;

    [Fact]
    public async Task AViewerListsOnlyApprovedSubmissions()
    {
        var round = await ApprovedBudaunAsync();
        var viewer = await host.ClientAsAsync(new TestUser($"{Program}-viewer", ["viewer"]));

        var listed = await viewer.GetFromJsonAsync<JsonElement>($"/api/programs/{Program}/rounds/{ReportRound.Period}/submissions");

        Assert.Equal([round.Budaun], listed.EnumerateArray().Select(s => s.GetProperty("clusterId").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/programs/{Program}/rounds/{ReportRound.Period}/submissions/{round.Dhamtari}")).StatusCode);
    }

    [Fact]
    public async Task AViewerOfOneStateReadsThatStatesClustersAndReportsOnly()
    {
        var round = await ApprovedBudaunAsync();
        var viewer = await host.ClientAsAsync(new TestUser($"{Program}-viewer-up", ["viewer"], states: ["uttar-pradesh"]));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/clusters/{round.Budaun}/profile-report")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/programs/{Program}/rounds/{ReportRound.Period}/reports/clusters/{round.Budaun}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/clusters/{round.Dhamtari}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/clusters/{round.Dhamtari}/profile-report")).StatusCode);
        var summary = await viewer.GetStringAsync($"/api/programs/{Program}/rounds/{ReportRound.Period}/reports/summary?format=md");
        var everywhere = await (await host.ClientAsAsync(new TestUser($"{Program}-viewer", ["viewer"])))
            .GetStringAsync($"/api/programs/{Program}/rounds/{ReportRound.Period}/reports/summary?format=md");
        Assert.Contains("Sample Zari Cluster", summary);
        Assert.DoesNotContain("Sample Bamboo Cluster", summary);
        Assert.Contains("Sample Bamboo Cluster", everywhere);
    }

    private async Task<ReportRound> ApprovedBudaunAsync()
    {
        await Opening.WaitAsync();
        try
        {
            if (round is null)
            {
                var opened = await ReportRound.OpenAsync(host.Process, Program);
                await opened.ApproveBudaunAfterAReturnAsync("Check the revenue of e-002");
                await opened.StartDhamtariAsync();
                round = opened;
            }
            return round;
        }
        finally
        {
            Opening.Release();
        }
    }
}
