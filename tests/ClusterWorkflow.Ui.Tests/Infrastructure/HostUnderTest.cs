using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ClusterWorkflow.Ui.Tests.Infrastructure;

/// <summary>
/// The real host as its own process on free ports with a fresh SQLite folder and a bootstrap admin,
/// plus an HTTP client signed in as that admin (a bearer token) to set up what a journey needs.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    public const string AdminPassword = "Ui-tests-admin-2026!";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private HostUnderTest(Uri baseAddress, string dataDir, (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RepoPaths.HostDll);
        foreach (var argument in new[]
        {
            "--urls", baseAddress.ToString().TrimEnd('/'), "--silo-port", FreePort.Next().ToString(), "--gateway-port", FreePort.Next().ToString(),
            "--data-dir", dataDir, "--admin-password", AdminPassword, "--no-seed",
        })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        process = new Process { StartInfo = info };
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        BaseAddress = baseAddress;
        Admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary>Signed in as the bootstrap admin once <see cref="StartAsync"/> returns.</summary>
    public HttpClient Admin { get; }

    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>Starts the host (with extra environment variables, e.g. settings) and signs the admin client in.</summary>
    public static async Task<HostUnderTest> StartAsync(params (string Name, string Value)[] environment)
    {
        var host = new HostUnderTest(new Uri($"http://127.0.0.1:{FreePort.Next()}"), Directory.CreateTempSubdirectory("cw-ui-").FullName, environment);
        try
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(120));
            var token = await host.TokenAsync("admin", AdminPassword);
            host.Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Creates a user with roles and scope (through the admin API), to sign in as in the browser.</summary>
    public async Task CreateUserAsync(TestPerson person)
    {
        using var response = await Admin.PostAsJsonAsync("/api/users", new
        {
            userName = person.UserName,
            displayName = person.DisplayName,
            password = person.Password,
            roles = person.Roles,
            tsaId = person.TsaId,
            districts = person.Districts,
            states = person.States,
        });
        await EnsureAsync(response, $"create user {person.UserName}");
    }

    /// <summary>Throws with the answer's body when it is not a success, so a failed set-up says why.</summary>
    public async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<string> TokenAsync(string userName, string password)
    {
        using var response = await Admin.PostAsJsonAsync("/api/auth/token", new { userName, password });
        await EnsureAsync(response, "sign in as admin");
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>();
        return answer!.Token;
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
                using var response = await Admin.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The host did not answer /health within {timeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        Admin.Dispose();
        process.Dispose();
    }

    private sealed record TokenAnswer(string Token);
}
