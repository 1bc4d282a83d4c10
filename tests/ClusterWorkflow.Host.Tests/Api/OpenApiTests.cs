using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Api;

[Collection(nameof(SharedHost))]
public sealed class OpenApiTests(SharedHost host)
{
    [Fact]
    public async Task OpenApiDocumentListsTheApi()
    {
        var document = JsonDocument.Parse(await host.Http.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/programs", paths);
        Assert.Contains("/api/programs/{programId}/clusters", paths);
        Assert.Contains("/api/clusters/{clusterId}", paths);
    }
}
