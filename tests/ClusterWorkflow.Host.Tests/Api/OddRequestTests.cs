using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Api;

/// <summary>Requests a newcomer sent that answered 500: each is an answer now.</summary>
[Collection(nameof(SharedHost))]
public sealed class OddRequestTests(SharedHost host)
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task TheLanguageSwitchSendsAReturnAddressOfAnotherSiteHome(string returnUrl)
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Process.BaseAddress };

        using var response = await noRedirects.GetAsync($"/ui/language?code=hi&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheLanguageSwitchGoesBackToAPageOfThisSite()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Process.BaseAddress };

        using var response = await noRedirects.GetAsync("/ui/language?code=hi&returnUrl=%2Ftasks%3Fround%3D2026-11");

        Assert.Equal("/tasks?round=2026-11", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AMarkdownClusterProfileIsBadInputNamingTheFormatThatWorks()
    {
        using var response = await host.Admin.GetAsync("/api/clusters/any-cluster/profile-report?format=md");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        Assert.Equal("format", problem.GetProperty("field").GetString());
        Assert.Contains("format=html", problem.GetProperty("message").GetString());
    }
}
