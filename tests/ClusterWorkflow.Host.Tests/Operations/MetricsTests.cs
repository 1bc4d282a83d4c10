using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Host.Tests.Operations;

public sealed class MetricsTests(OperationsHost fixture) : IClassFixture<OperationsHost>
{
    [Fact]
    public async Task MetricsShowOneSiloAndCountRequestsByRouteAndStatus()
    {
        var http = fixture.Host.Http;
        for (var i = 0; i < 3; i++)
        {
            using var missing = await http.GetAsync($"/api/clusters/no-such-cluster-{i}");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using var response = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(1, Sample(text, "clusterworkflow_silos_active"));
        Assert.Equal(3, Sample(text, "clusterworkflow_http_requests_total{method=\"GET\",route=\"/api/clusters/{clusterId}\",status=\"404\"}"));
        Assert.True(Sample(text, "clusterworkflow_http_request_errors_total{kind=\"client\"}") >= 3);
        Assert.Equal(0, Sample(text, "clusterworkflow_http_request_errors_total{kind=\"server\"}"));
        Assert.True(Sample(text, "clusterworkflow_active_grains") >= 1);
        Assert.True(Sample(text, "process_resident_memory_bytes") > 10_000_000);
        Assert.Contains("# TYPE clusterworkflow_http_requests_total counter", text);
    }

    [Fact]
    public async Task HealthDetailsNameTheSiloAndItsGrains()
    {
        var details = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/health/details");

        Assert.Equal("ok", details.GetProperty("status").GetString());
        Assert.Equal(1, details.GetProperty("activeSilos").GetInt32());
        var silo = details.GetProperty("silo").GetString();
        Assert.Equal(silo, details.GetProperty("silos")[0].GetProperty("address").GetString());
        Assert.Contains(details.GetProperty("grains").EnumerateArray(), g => g.GetProperty("grainType").GetString() == "ManagementGrain");
    }

    [Fact]
    public async Task JsonLogLinesCarryTheRequestIdThatTheAnswerNames()
    {
        using var response = await fixture.Host.Http.GetAsync("/api/programs/no-such-program");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var requestId = Assert.Single(response.Headers.GetValues("x-request-id"));

        var line = await WaitForLogLineAsync(requestId);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("/api/programs/{programId}", json.RootElement.GetProperty("State").GetProperty("Route").GetString());
        Assert.Contains(json.RootElement.GetProperty("Scopes").EnumerateArray(),
            scope => scope.TryGetProperty("RequestId", out var id) && id.GetString() == requestId);
    }

    private async Task<string> WaitForLogLineAsync(string requestId)
    {
        // The console logger writes from a queue of its own: the line may trail the answer a little.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var line = fixture.Host.Output.Split('\n').FirstOrDefault(l => l.Contains(requestId, StringComparison.Ordinal) && l.Contains("\"Route\"", StringComparison.Ordinal));
            if (line is not null) return line;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No JSON log line names request {requestId}:\n{fixture.Host.Output}");
    }

    private static double Sample(string text, string series)
    {
        var match = Regex.Match(text, "^" + Regex.Escape(series) + " (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"/metrics has no sample {series}:\n{text}");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
