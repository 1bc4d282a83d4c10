using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using ClusterWorkflow.Load.Measure;

namespace ClusterWorkflow.Load.Api;

/// <summary>
/// Sends requests to the host processes in turn (round-robin over their base addresses). A request
/// that fails because a silo is gone — no connection, a reset, a timeout, a 5xx — is sent again to
/// the next address, within a bounded time: every request the tool sends is safe to repeat (reads,
/// validations, and commands that carry a request id), so a retry never counts twice.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly Uri[] servers;
    private readonly HttpClient http;
    private readonly OperationStats stats;
    private readonly TimeSpan retryWindow;
    private int next = -1;

    public ApiClient(IReadOnlyList<Uri> servers, OperationStats stats, int connections, TimeSpan retryWindow)
    {
        if (servers.Count == 0) throw new ArgumentException("Give at least one base address (--url).", nameof(servers));
        this.servers = [.. servers];
        this.stats = stats;
        this.retryWindow = retryWindow;
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(2, connections),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        { Timeout = TimeSpan.FromSeconds(90) };
    }

    public IReadOnlyList<Uri> Servers => servers;

    /// <summary>
    /// Sends the request that <paramref name="build"/> makes (a new message per attempt), as the
    /// user of <paramref name="token"/>, retrying on a lost silo; records the latency of every answer
    /// under <paramref name="operation"/>. Throws <see cref="ApiUnavailableException"/> when no
    /// silo answered within the retry window.
    /// </summary>
    public async Task<ApiAnswer> SendAsync(string operation, Func<HttpRequestMessage> build, string? token, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(retryWindow.TotalSeconds * Stopwatch.Frequency);
        var attempt = 0;
        var pause = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            attempt++;
            var server = servers[(int)((uint)Interlocked.Increment(ref next) % (uint)servers.Length)];
            using var request = build();
            request.RequestUri = new Uri(server, request.RequestUri!);
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            string failure;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                stats.For(operation).Record(Stopwatch.GetElapsedTime(started));
                if (!IsSiloTrouble(response.StatusCode)) return new ApiAnswer(response.StatusCode, body, server, attempt);
                failure = $"{(int)response.StatusCode}";
                if (Stopwatch.GetTimestamp() > deadline) return new ApiAnswer(response.StatusCode, body, server, attempt);
            }
            catch (HttpRequestException e)
            {
                failure = e.HttpRequestError.ToString();
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = "timeout";
            }
            stats.Retries.Add($"{operation}: {failure}");
            if (Stopwatch.GetTimestamp() > deadline)
                throw new ApiUnavailableException($"{operation}: no silo answered within {retryWindow.TotalSeconds:0} s (last: {failure}).");
            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(2000, pause.TotalMilliseconds * 1.5));
        }
    }

    /// <summary>Answers that come from a silo in trouble (or a grain on a dead one), not from the request.</summary>
    private static bool IsSiloTrouble(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public void Dispose() => http.Dispose();
}
