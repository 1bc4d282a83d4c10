using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>
/// The authorization table against the real host: every route it answers is in the table, and every
/// caller (each role, in and out of the route cluster's scope, and nobody signed in) gets what the
/// table says.
/// </summary>
[Collection(nameof(SharedHost))]
public sealed class AuthorizationTableTests(SharedHost host)
{
    private static readonly SemaphoreSlim Opening = new(1, 1);
    private static TableRound? opened;

    [Fact]
    public async Task EveryRouteTheHostAnswersHasALineInTheAuthorizationTable()
    {
        var routes = await host.Admin.GetFromJsonAsync<List<ListedRoute>>("/api/operations/endpoints");
        var listed = routes!.Select(r => $"{r.Method} {r.Route}").ToHashSet(StringComparer.Ordinal);
        var table = AuthorizationTable.Rules.Select(r => r.ToString()).ToList();

        var missing = listed.Except(table, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stale = table.Except(listed, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var twice = table.GroupBy(line => line, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(missing.Count == 0, "The host answers routes the authorization table does not list; add a line for each to AuthorizationTable.cs:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "The authorization table lists routes the host no longer answers; remove them:\n" + string.Join("\n", stale));
        Assert.True(twice.Count == 0, "The authorization table lists routes twice:\n" + string.Join("\n", twice));
    }

    [Fact]
    public async Task EachCallerGetsWhatTheTableSaysOnEveryRoute()
    {
        var round = await RoundAsync();
        var wrong = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var client = await round.ClientAsync(caller);
            foreach (var rule in AuthorizationTable.Rules)
            {
                using var fresh = rule.FreshSession ? await round.ClientAsync(caller) : null;
                using var response = await SendAsync(fresh ?? client, round, rule);
                var got = await Answer.ReadAsync(response);
                var expected = rule.Access.For(caller);
                if (got != expected)
                    wrong.Add($"{rule} as {caller}: expected {expected}, got {(got?.ToString() ?? "a server error")} ({(int)response.StatusCode} {Brief(await response.Content.ReadAsStringAsync())})");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} answers differ from the authorization table:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task NothingATsaReadsNamesAnotherTsasCluster()
    {
        var round = await RoundAsync();
        using var tsa = await round.ClientAsync(Caller.TsaInScope);
        var leaks = new List<string>();
        foreach (var rule in AuthorizationTable.Rules.Where(r => r.Method == "GET"))
        {
            using var response = await SendAsync(tsa, round, rule);
            if (!response.IsSuccessStatusCode) continue;
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(round.Round.Dhamtari, StringComparison.Ordinal) || body.Contains(round.Round.DhamtariTsa.UserName, StringComparison.Ordinal))
                leaks.Add($"{rule} ({round.PathOf(rule)})");
        }

        Assert.True(leaks.Count == 0, "The Budaun TSA read the Dhamtari cluster through:\n" + string.Join("\n", leaks));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, TableRound round, RouteRule rule)
    {
        using var request = new HttpRequestMessage(new HttpMethod(rule.SendAs ?? rule.Method), round.PathOf(rule));
        if (rule.Body is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(rule.ContentType);
        }
        return await client.SendAsync(request);
    }

    private async Task<TableRound> RoundAsync()
    {
        await Opening.WaitAsync();
        try
        {
            return opened ??= await TableRound.OpenAsync(host.Process);
        }
        finally
        {
            Opening.Release();
        }
    }

    private static string Brief(string body) => body.Length <= 160 ? body : body[..160] + "…";

    private sealed record ListedRoute(string Method, string Route);
}
