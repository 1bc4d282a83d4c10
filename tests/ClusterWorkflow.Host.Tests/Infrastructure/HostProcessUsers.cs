using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>Signing in on a test host: the admin client, and clients for any user the test needs.</summary>
public sealed partial class HostProcess
{
    private readonly List<HttpClient> clients = [];

    /// <summary>
    /// A client signed in (bearer token) as <paramref name="user"/>, created through the admin API
    /// if missing, or brought to the given roles and scope if it exists.
    /// </summary>
    public async Task<HttpClient> ClientAsAsync(TestUser user)
    {
        using var created = await Http.PostAsJsonAsync("/api/users", new
        {
            userName = user.UserName,
            displayName = user.DisplayName,
            password = user.Password,
            roles = user.Roles,
            tsaId = user.TsaId,
            districts = user.Districts,
            states = user.States,
        });
        if (created.StatusCode == HttpStatusCode.Conflict)
        {
            using var updated = await Http.PutAsJsonAsync($"/api/users/{user.UserName}", new
            {
                displayName = user.DisplayName, roles = user.Roles, tsaId = user.TsaId, districts = user.Districts, states = user.States,
            });
            await EnsureAsync(updated, $"update the test user '{user.UserName}'");
        }
        else
        {
            await EnsureAsync(created, $"create the test user '{user.UserName}'");
        }
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        lock (clients) clients.Add(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user.UserName, user.Password));
        return client;
    }

    /// <summary>A fresh bearer token for a user and password.</summary>
    public async Task<string> TokenAsync(string userName, string password)
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password });
        await EnsureAsync(response, $"sign in as '{userName}'");
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("token").GetString()!;
    }

    private async Task SignInAdminAsync() =>
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("admin", AdminPassword));

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Could not {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
