using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Api;

[Collection(nameof(SharedHost))]
public sealed class ProblemDetailsTests(SharedHost host)
{
    [Fact]
    public async Task MalformedBodyAnswersProblemDetailsWithThePlace()
    {
        using var body = new StringContent("{\"id\": \"p1\", \"name\": ", Encoding.UTF8, "application/json");
        using var response = await host.Http.PostAsync("/api/programs", body);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request body is not valid JSON", problem.GetProperty("title").GetString());
        Assert.Contains("line 1", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongValueTypeNamesTheField()
    {
        using var response = await host.Http.PostAsJsonAsync("/api/programs/nretp/clusters", new { id = "c1", type = "weird" });

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("$.type", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownIdAnswersNotFoundProblem()
    {
        using var response = await host.Http.GetAsync("/api/clusters/no-such-cluster");

        var problem = await ReadProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("There is no cluster 'no-such-cluster'.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task EveryMissingFieldIsReportedInOnePass()
    {
        await host.Http.PostAsJsonAsync("/api/programs", new { id = "problems", name = "Problems" });
        using var response = await host.Http.PostAsJsonAsync("/api/programs/problems/clusters", new { id = "Bad Id" });

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Equal(["id", "tsaId", "name", "state", "district", "block", "type"], fields);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/api/clusters/bad-id")).StatusCode);
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return JsonDocument.Parse(text).RootElement;
    }
}
