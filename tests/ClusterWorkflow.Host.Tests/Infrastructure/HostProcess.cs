using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>
/// The real host, started as its own process the way an operator starts it, on free ports. Tests
/// talk to it over HTTP on 127.0.0.1 and stop it with SIGTERM (a clean stop) or SIGKILL.
/// It starts with <c>--admin-password</c> (<see cref="AdminPassword"/>) unless the arguments give one;
/// <see cref="Http"/> is then signed in as <c>admin</c>, <see cref="Anonymous"/> is not signed in,
/// and <see cref="ClientAsAsync"/> gives a client signed in as any user.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    /// <summary>The password the test hosts give the bootstrap administrator.</summary>
    public const string AdminPassword = "test-admin-password-1";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private HostProcess(IEnumerable<string> arguments, Uri baseAddress)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepoPaths.HostDll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        process = new Process { StartInfo = info };
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary>Signed in as the bootstrap administrator once the host is healthy.</summary>
    public HttpClient Http { get; }

    /// <summary>The same as <see cref="Http"/>: signed in as <c>admin</c>.</summary>
    public HttpClient Admin => Http;

    /// <summary>Not signed in.</summary>
    public HttpClient Anonymous { get; }

    public string Output { get { lock (output) return output.ToString(); } }

    public bool HasExited => process.HasExited;

    /// <summary>
    /// Starts the host with the given extra arguments and waits until /health answers 200. The host
    /// does not seed the sample pilot (<c>--no-seed</c>): tests set up what they need themselves.
    /// </summary>
    public static Task<HostProcess> StartAsync(params string[] arguments) => StartAsync(seedPilot: false, arguments);

    /// <summary>Starts the host as a person would on a fresh store: it seeds the sample pilot on its first start.</summary>
    public static Task<HostProcess> StartSeededAsync(params string[] arguments) => StartAsync(seedPilot: true, arguments);

    private static async Task<HostProcess> StartAsync(bool seedPilot, string[] arguments)
    {
        var httpPort = FreePort.Next();
        string[] all =
        [
            "--urls", $"http://127.0.0.1:{httpPort}",
            "--silo-port", FreePort.Next().ToString(), "--gateway-port", FreePort.Next().ToString(),
            .. seedPilot ? Array.Empty<string>() : ["--no-seed"],
            .. arguments,
            .. arguments.Contains("--admin-password") ? Array.Empty<string>() : ["--admin-password", AdminPassword],
        ];
        var host = new HostProcess(all, new Uri($"http://127.0.0.1:{httpPort}"));
        try
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(seedPilot ? 300 : 90));
            if (!arguments.Contains("--admin-password")) await host.SignInAdminAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Runs the host (or a CLI verb) to completion and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(TimeSpan timeout, params string[] arguments)
    {
        await using var host = new HostProcess(arguments, new Uri("http://127.0.0.1/"));
        using var cancel = new CancellationTokenSource(timeout);
        await host.process.WaitForExitAsync(cancel.Token);
        host.process.WaitForExit(); // drains the redirected streams
        return (host.process.ExitCode, host.Output);
    }

    private void Collect(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null) return;
        lock (output) output.AppendLine(e.Data);
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was healthy:\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host did not answer /health within {timeout}:\n{Output}");
    }

    public async Task<int> ActiveSilosAsync()
    {
        var health = await Http.GetFromJsonAsync<HealthAnswer>("/health");
        return health!.ActiveSilos;
    }

    /// <summary>SIGTERM, as Ctrl-C or a service manager would stop it; waits for the exit.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cancel.Token);
    }

    /// <summary>SIGKILL: the machine died.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public int ExitCode => process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        try { await KillAsync(); } catch (InvalidOperationException) { }
        Http.Dispose();
        Anonymous.Dispose();
        foreach (var client in clients) client.Dispose();
        process.Dispose();
    }

    private sealed record HealthAnswer(string Status, string Silo, string Store, int ActiveSilos);
}
