using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Auth;

/// <summary>A TSA sees its own clusters and nobody else's, through every route that reads a cluster.</summary>
[Collection(nameof(SharedHost))]
public sealed class ScopeTests(SharedHost host) : IAsyncLifetime
{
    private const string Program = "scope-program";

    public async Task InitializeAsync()
    {
        await host.Admin.PostAsJsonAsync("/api/programs", new { id = Program, name = "Scope" });
        await host.Admin.PostAsJsonAsync($"/api/programs/{Program}/clusters", ClusterOf("scope-budaun-01", "tsa-budaun", "Uttar Pradesh", "Budaun"));
        await host.Admin.PostAsJsonAsync($"/api/programs/{Program}/clusters", ClusterOf("scope-dhamtari-01", "tsa-dhamtari", "Chhattisgarh", "Dhamtari"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ATsaReadsItsOwnClusterButNotAnotherTsas()
    {
        var budaunTsa = await host.ClientAsAsync(new TestUser("scope-tsa-budaun", roles: ["tsa"], tsaId: "tsa-budaun"));

        Assert.Equal(HttpStatusCode.OK, (await budaunTsa.GetAsync("/api/clusters/scope-budaun-01")).StatusCode);
        using var other = await budaunTsa.GetAsync("/api/clusters/scope-dhamtari-01");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("out-of-scope", problem.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task ClusterListsShowEachPersonOnlyTheClustersInTheirScope()
    {
        var budaunTsa = await host.ClientAsAsync(new TestUser("scope-tsa-budaun", roles: ["tsa"], tsaId: "tsa-budaun"));
        var dhamtariReviewer = await host.ClientAsAsync(new TestUser("scope-dr-dhamtari", roles: ["districtReviewer"], districts: ["Dhamtari"]));
        var upReviewer = await host.ClientAsAsync(new TestUser("scope-sr-up", roles: ["stateReviewer"], states: ["Uttar Pradesh"]));

        Assert.Equal(["scope-budaun-01"], await ClusterIdsAsync(budaunTsa));
        Assert.Equal(["scope-dhamtari-01"], await ClusterIdsAsync(dhamtariReviewer));
        Assert.Equal(["scope-budaun-01"], await ClusterIdsAsync(upReviewer));
        Assert.Equal(["scope-budaun-01", "scope-dhamtari-01"], await ClusterIdsAsync(host.Admin));
    }

    [Fact]
    public async Task ATsaMayNotChangeDefinitionsAndIsToldWhichRoleIsNeeded()
    {
        var tsa = await host.ClientAsAsync(new TestUser("scope-tsa-budaun", roles: ["tsa"], tsaId: "tsa-budaun"));

        using var response = await tsa.PostAsJsonAsync("/api/programs", new { id = "tsa-made", name = "Not allowed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("programManager", detail);
        Assert.Contains("you (scope-tsa-budaun) have the roles tsa", detail);
    }

    private async Task<List<string>> ClusterIdsAsync(HttpClient client)
    {
        var clusters = await client.GetFromJsonAsync<JsonElement>($"/api/programs/{Program}/clusters");
        return clusters.EnumerateArray().Select(c => c.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    private static object ClusterOf(string id, string tsaId, string state, string district) => new
    {
        id, name = $"{id} (sample data)", type = "sectoral", state, district, block = "Sample block", tsaId,
    };
}
