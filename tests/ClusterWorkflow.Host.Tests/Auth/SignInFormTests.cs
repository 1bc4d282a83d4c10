using System.Net;
using System.Text.RegularExpressions;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Auth;

/// <summary>The UI's sign-in form as a browser posts it: antiforgery-checked, and every answer with the security headers.</summary>
[Collection(nameof(SharedHost))]
public sealed partial class SignInFormTests(SharedHost host)
{
    [Fact]
    public async Task TheSignInFormIsRefusedWithoutItsAntiforgeryTokenAndSignsInWithIt()
    {
        using var browser = Browser();
        var page = await browser.GetStringAsync("/signin?returnUrl=%2Ftasks");
        var token = TokenField().Match(page).Groups["value"].Value;
        Assert.NotEmpty(token);

        using var forged = await browser.PostAsync("/auth/sign-in", Form(("userName", "admin"), ("password", HostProcess.AdminPassword), ("returnUrl", "/tasks")));
        using var signedIn = await browser.PostAsync("/auth/sign-in", Form(
            ("userName", "admin"), ("password", HostProcess.AdminPassword), ("returnUrl", "/tasks"), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("anti-forgery", await forged.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/tasks", signedIn.Headers.Location?.OriginalString);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cw.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACopyOfTheSessionCookieIsRefusedAfterSignOut()
    {
        using var browser = Browser();
        var page = await browser.GetStringAsync("/signin");
        using var signedIn = await browser.PostAsync("/auth/sign-in", Form(
            ("userName", "admin"), ("password", HostProcess.AdminPassword), ("returnUrl", "/"), ("__RequestVerificationToken", TokenField().Match(page).Groups["value"].Value)));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cw.session=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(cookie)).StatusCode);

        using var signedOut = await browser.PostAsync("/auth/sign-out", null);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(cookie)).StatusCode);
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookie);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Process.BaseAddress };
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task PagesAndApiAnswersCarryTheSecurityHeaders()
    {
        using var browser = Browser();
        using var page = await browser.GetAsync("/signin");
        using var api = await host.Anonymous.GetAsync("/api/auth/me");

        foreach (var response in new[] { page, api })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Contains("default-src 'self'", policy);
        }
    }

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = host.Process.BaseAddress,
    };

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();
}
