using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Auth;

[Collection(nameof(SharedHost))]
public sealed class SignInTests(SharedHost host)
{
    [Fact]
    public async Task AnonymousApiCallAnswers401ProblemDetailsInsteadOfARedirect()
    {
        using var response = await host.Anonymous.GetAsync("/api/programs/nretp");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("POST /api/auth/token", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HealthAndTheTokenEndpointNeedNoSignIn()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync("/health")).StatusCode);
        using var wrong = await host.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task TokenShowsWhoIsSignedInWithRolesAndScope()
    {
        var tsa = await host.ClientAsAsync(new TestUser("signin-tsa", roles: ["tsa"], tsaId: "tsa-dhamtari"));

        var me = await tsa.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal("signin-tsa", me.GetProperty("userName").GetString());
        Assert.Equal("tsa", me.GetProperty("profile").GetProperty("roles")[0].GetString());
        Assert.Equal("tsa-dhamtari", me.GetProperty("profile").GetProperty("tsaId").GetString());
    }

    [Fact]
    public async Task SignOutRevokesTheTokenAndAnotherTokenOfTheSameUserStillWorks()
    {
        await host.ClientAsAsync(new TestUser("signout-viewer", roles: ["viewer"]));
        var first = await host.Process.TokenAsync("signout-viewer", TestUser.DefaultPassword);
        var second = await host.Process.TokenAsync("signout-viewer", TestUser.DefaultPassword);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, "/api/auth/sign-out", first)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/auth/me", first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/auth/me", second)).StatusCode);
    }

    [Fact]
    public async Task PasswordResetAndDisableEndEveryTokenOfTheUser()
    {
        await host.ClientAsAsync(new TestUser("reset-pm", roles: ["programManager"]));
        var beforeReset = await host.Process.TokenAsync("reset-pm", TestUser.DefaultPassword);

        (await host.Admin.PostAsJsonAsync("/api/users/reset-pm/password", new { password = "a-new-password-2" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/auth/me", beforeReset)).StatusCode);
        var afterReset = await host.Process.TokenAsync("reset-pm", "a-new-password-2");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/auth/me", afterReset)).StatusCode);

        (await host.Admin.PostAsync("/api/users/reset-pm/disable", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/auth/me", afterReset)).StatusCode);
        using var refused = await host.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "reset-pm", password = "a-new-password-2" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("disabled", problem.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheUserOutEvenForTheRightPassword()
    {
        await host.ClientAsAsync(new TestUser("lockout-tsa", roles: ["tsa"], tsaId: "tsa-lockout"));
        var codes = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
            codes.Add(await RefusalCodeAsync("lockout-tsa", $"wrong-password-{attempt}"));

        var withRightPassword = await RefusalCodeAsync("lockout-tsa", TestUser.DefaultPassword);

        Assert.Equal(["invalid", "invalid", "invalid", "invalid", "locked-out"], codes);
        Assert.Equal("locked-out", withRightPassword);
    }

    [Fact]
    public async Task AResetPasswordLiftsALockOut()
    {
        await host.ClientAsAsync(new TestUser("lockout-reset", roles: ["viewer"]));
        for (var attempt = 1; attempt <= 5; attempt++) await RefusalCodeAsync("lockout-reset", "wrong-password");

        (await host.Admin.PostAsJsonAsync("/api/users/lockout-reset/password", new { password = "fresh-password-3" })).EnsureSuccessStatusCode();

        Assert.NotEmpty(await host.Process.TokenAsync("lockout-reset", "fresh-password-3"));
    }

    [Fact]
    public async Task NoPasswordOrTokenAppearsInTheHostsOutput()
    {
        const string password = "log-canary-password-9";
        (await host.Admin.PostAsJsonAsync("/api/users", new
        {
            userName = "log-canary", displayName = "Log canary", password, roles = new[] { "viewer" },
        })).EnsureSuccessStatusCode();
        var token = await host.Process.TokenAsync("log-canary", password);
        await RefusalCodeAsync("log-canary", "log-canary-wrong-password");
        await SendAsync(HttpMethod.Get, "/api/auth/me", token);

        var output = host.Process.Output;
        Assert.Contains("log-canary", output);
        Assert.DoesNotContain(password, output);
        Assert.DoesNotContain("log-canary-wrong-password", output);
        Assert.DoesNotContain(token, output);
        Assert.DoesNotContain(HostProcess.AdminPassword, output);
    }

    private async Task<string> RefusalCodeAsync(string userName, string password)
    {
        using var response = await host.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("problems")[0].GetProperty("code").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Anonymous.SendAsync(request);
    }
}
