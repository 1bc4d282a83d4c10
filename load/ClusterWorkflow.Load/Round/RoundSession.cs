using System.Net;
using System.Text.Json;
using ClusterWorkflow.Load.Api;
using ClusterWorkflow.Load.Measure;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// The API as the people of a round use it: the tokens of the admin, the program manager, the TSAs
/// and the reviewers, and the calls with their operation names for the report.
/// </summary>
public sealed class RoundSession(ApiClient api, OperationStats stats, string programId, string period, CancellationToken cancellationToken, CancellationToken stop = default)
{
    public const string Password = "load-Password-2026";

    private readonly Dictionary<string, string?> tokens = new(StringComparer.Ordinal);

    public ApiClient Api => api;

    public OperationStats Stats => stats;

    public string ProgramId => programId;

    public string Period => period;

    public CancellationToken Cancellation => cancellationToken;

    /// <summary>
    /// The time limit has passed: start no new step. Requests under way are not cut off (that would
    /// leave their outcome unknown); they end under <see cref="Cancellation"/>, a later hard limit.
    /// </summary>
    public bool Stopping => stop.IsCancellationRequested;

    /// <summary>True when the API has sign-in (the admin got a token); without it every call is anonymous.</summary>
    public bool SignedIn { get; private set; }

    public string? Token(string user)
    {
        lock (tokens) return tokens.GetValueOrDefault(user);
    }

    public async Task SignInAdminAsync(string? password)
    {
        if (password is null) return;
        var answer = await SendAsync("sign-in", Requests.Send(HttpMethod.Post, "/api/auth/token", new { userName = "admin", password }), null);
        if (answer.Status == HttpStatusCode.NotFound) return;
        if (!answer.Succeeded) throw new InvalidOperationException($"The admin could not sign in: {answer}");
        lock (tokens) tokens["admin"] = answer.Json().GetProperty("token").GetString();
        SignedIn = true;
    }

    /// <summary>Creates (or updates) a user through the admin API and signs them in.</summary>
    public async Task EnsureUserAsync(string userName, string[] roles, string? tsaId = null, string[]? districts = null, string[]? states = null)
    {
        if (!SignedIn) return;
        var admin = Token("admin");
        var created = await SendAsync("create-user", Requests.Send(HttpMethod.Post, "/api/users",
            new { userName, displayName = $"{userName} (load test)", password = Password, roles, tsaId, districts, states }), admin);
        if (created.Status == HttpStatusCode.Conflict)
            created = await SendAsync("create-user", Requests.Send(HttpMethod.Put, $"/api/users/{userName}",
                new { displayName = $"{userName} (load test)", roles, tsaId, districts, states }), admin);
        if (!created.Succeeded) throw new InvalidOperationException($"Could not create the user {userName}: {created}");
        var token = await SendAsync("sign-in", Requests.Send(HttpMethod.Post, "/api/auth/token", new { userName, password = Password }), null);
        if (!token.Succeeded) throw new InvalidOperationException($"{userName} could not sign in: {token}");
        lock (tokens) tokens[userName] = token.Json().GetProperty("token").GetString();
    }

    public Task<ApiAnswer> SendAsync(string operation, Func<HttpRequestMessage> build, string? token) =>
        api.SendAsync(operation, build, token, cancellationToken);

    /// <summary>Sends and counts an unexpected answer under the operation and its status.</summary>
    public async Task<ApiAnswer> ExpectAsync(string operation, Func<HttpRequestMessage> build, string? token, params HttpStatusCode[] expected)
    {
        var answer = await SendAsync(operation, build, token);
        if (!answer.Succeeded && !expected.Contains(answer.Status)) stats.Errors.Add($"{operation}: {(int)answer.Status} {Title(answer)}");
        return answer;
    }

    public string SubmissionPath(string clusterId) => $"/api/programs/{programId}/rounds/{period}/submissions/{clusterId}";

    public static string Title(ApiAnswer answer)
    {
        try
        {
            var json = answer.Json();
            var title = json.TryGetProperty("title", out var t) ? t.GetString() : null;
            var code = json.TryGetProperty("problems", out var p) && p.ValueKind == JsonValueKind.Array && p.GetArrayLength() > 0
                && p[0].TryGetProperty("code", out var c) ? c.GetString() : null;
            return code is null ? title ?? "" : $"{title} ({code})";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
