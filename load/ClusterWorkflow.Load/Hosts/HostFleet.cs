using System.Net;
using System.Net.Sockets;

namespace ClusterWorkflow.Load.Hosts;

/// <summary>
/// The host processes a run starts itself (<c>--start-hosts N</c>): N silos on one store, each
/// serving the API on its own port, started one after the other so the first one installs the schema.
/// </summary>
public sealed class HostFleet : IAsyncDisposable
{
    private readonly List<HostInstance> hosts = [];
    private readonly HttpClient probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    public IReadOnlyList<HostInstance> Hosts => hosts;

    public static async Task<HostFleet> StartAsync(FleetOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var fleet = new HostFleet();
        Directory.CreateDirectory(options.WorkDir);
        for (var slot = 0; slot < options.Count; slot++)
        {
            var httpPort = FreePort();
            var arguments = new List<string>
            {
                "--urls", $"http://127.0.0.1:{httpPort}",
                "--silo-port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--gateway-port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--store", options.Store,
                "--data-dir", Path.Combine(options.WorkDir, "data"),
                // The tool sets up its own program; the sample pilot would only slow the start.
                "--no-seed",
            };
            if (options.Postgres is { } postgres) arguments.AddRange(["--postgres", postgres]);
            if (options.AdminPassword is { } password) arguments.AddRange(["--admin-password", password]);
            arguments.AddRange(options.ExtraArguments);
            fleet.hosts.Add(new HostInstance(slot, options.HostDll, arguments, httpPort, Path.Combine(options.WorkDir, $"silo-{slot}.log")));
        }
        try
        {
            await fleet.StartAsync([fleet.hosts[0]], log, cancellationToken);
            await fleet.StartAsync(fleet.hosts.Skip(1).ToList(), log, cancellationToken);
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
        return fleet;
    }

    private async Task StartAsync(IReadOnlyList<HostInstance> some, TextWriter log, CancellationToken cancellationToken)
    {
        foreach (var host in some) host.Start();
        await Task.WhenAll(some.Select(h => h.WaitHealthyAsync(probe, TimeSpan.FromSeconds(120), cancellationToken)));
        foreach (var host in some) log.WriteLine($"silo {host.Slot} up at {host.BaseAddress} (pid {host.ProcessId})");
    }

    /// <summary>Kills a silo (SIGKILL) and starts it again at the same addresses; answers when it is healthy.</summary>
    public async Task KillAndRestartAsync(int slot, TimeSpan downFor, TextWriter log, CancellationToken cancellationToken)
    {
        var host = hosts[slot];
        var pid = host.ProcessId;
        host.Kill();
        log.WriteLine($"{DateTime.UtcNow:HH:mm:ss} killed silo {slot} (pid {pid}) with SIGKILL");
        await Task.Delay(downFor, cancellationToken);
        host.Start();
        await host.WaitHealthyAsync(probe, TimeSpan.FromSeconds(120), cancellationToken);
        log.WriteLine($"{DateTime.UtcNow:HH:mm:ss} silo {slot} restarted (pid {host.ProcessId})");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var host in hosts) host.Dispose();
        probe.Dispose();
        return ValueTask.CompletedTask;
    }
}
