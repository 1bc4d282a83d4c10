using System.Diagnostics;
using System.Globalization;

namespace ClusterWorkflow.Load.Hosts;

/// <summary>
/// One host process the tool started (silo + API), on fixed ports so that a restart comes back at
/// the same address. Its output goes to a log file; its peak resident memory is read from /proc.
/// </summary>
public sealed class HostInstance(int slot, string hostDll, IReadOnlyList<string> arguments, int httpPort, string logFile) : IDisposable
{
    private Process? process;
    private long peakOfKilled;

    public int Slot => slot;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{httpPort}");

    public int? ProcessId => process is { HasExited: false } p ? p.Id : null;

    public int Starts { get; private set; }

    public void Start()
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(hostDll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the host: dotnet {hostDll}");
        Starts++;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        log.WriteLine($"--- start {Starts} of silo {slot}, pid {process.Id}, {DateTime.UtcNow:O}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process is { HasExited: true } p)
                throw new InvalidOperationException($"Silo {slot} exited with code {p.ExitCode} before it was healthy; see {logFile}.");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health"), cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"Silo {slot} did not answer /health within {timeout.TotalSeconds:0} s; see {logFile}.");
    }

    /// <summary>SIGKILL: the machine died. Its peak memory is kept for the report.</summary>
    public void Kill()
    {
        if (process is not { HasExited: false } p) return;
        peakOfKilled = Math.Max(peakOfKilled, PeakResidentBytes(p.Id) ?? 0);
        p.Kill(entireProcessTree: true);
        p.WaitForExit();
    }

    /// <summary>SIGTERM and wait: a clean stop at the end of a run.</summary>
    public void Stop()
    {
        if (process is not { HasExited: false } p) return;
        using (var term = Process.Start("kill", ["-TERM", p.Id.ToString(CultureInfo.InvariantCulture)])) term?.WaitForExit();
        if (!p.WaitForExit(30_000)) p.Kill(entireProcessTree: true);
    }

    /// <summary>The highest resident memory of this silo's processes so far (VmHWM), killed ones included.</summary>
    public long PeakResidentBytes() => Math.Max(peakOfKilled, process is { HasExited: false } p ? PeakResidentBytes(p.Id) ?? 0 : 0);

    /// <summary>VmHWM of a process, from /proc/&lt;pid&gt;/status; null when it cannot be read.</summary>
    public static long? PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return null;
    }

    public void Dispose()
    {
        Stop();
        process?.Dispose();
    }
}
