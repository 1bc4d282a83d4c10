using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Workflow;

/// <summary>Refusals over HTTP, on one submission in district review that none of them changes.</summary>
[Collection(nameof(SharedHost))]
public sealed class ReviewRefusalApiTests(SharedHost host)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ReviewApiRound? inDistrictReview;

    [Fact]
    public async Task TsaCannotApprove()
    {
        var r = await InDistrictReviewAsync();

        var answer = await r.FireAsync(r.Tsa, "approve");

        await AssertRefusedAsync(answer, HttpStatusCode.Forbidden, "role-not-allowed");
        Assert.Equal("DistrictReview", (await r.GetAsync(r.District)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ReviewerOfAnotherDistrictCanNeitherReadNorAct()
    {
        var r = await InDistrictReviewAsync();
        var revision = await r.RevisionAsync(r.District);

        using var read = await r.OtherDistrict.GetAsync(r.SubmissionPath);
        var act = await r.FireAsync(r.OtherDistrict, "approve", basedOn: revision);
        var list = await r.OtherDistrict.GetFromJsonAsync<JsonElement>($"{r.RoundPath}/submissions");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        await AssertRefusedAsync(act, HttpStatusCode.Forbidden, "out-of-scope");
        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(revision, await r.RevisionAsync(r.District));
    }

    [Fact]
    public async Task ReturnWithoutACommentIsRefusedWithAClearMessage()
    {
        var r = await InDistrictReviewAsync();

        var answer = await r.FireAsync(r.District, "return", comment: "  ");

        var problem = await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, "comment-required");
        Assert.Contains("comment", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TriggerNotAllowedInTheCurrentStateIsAConflictAndAnUnknownTriggerIsBadInput()
    {
        var r = await InDistrictReviewAsync();

        var again = await r.FireAsync(r.District, "startReview");
        var unknown = await r.FireAsync(r.District, "publish");

        await AssertRefusedAsync(again, HttpStatusCode.Conflict, "not-in-this-state");
        await AssertRefusedAsync(unknown, HttpStatusCode.BadRequest, "unknown-trigger");
    }

    private async Task<ReviewApiRound> InDistrictReviewAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (inDistrictReview is null)
            {
                var r = await ReviewApiRound.OpenAsync(host.ClientAsAsync, "wf-refusals");
                await r.ToDistrictReviewAsync();
                inDistrictReview = r;
            }
            return inDistrictReview;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage answer, HttpStatusCode status, string code)
    {
        using (answer)
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.StatusCode == status, $"expected {(int)status}, got {(int)answer.StatusCode}: {body}");
            var problem = JsonDocument.Parse(body).RootElement.Clone();
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == code);
            return problem;
        }
    }
}
