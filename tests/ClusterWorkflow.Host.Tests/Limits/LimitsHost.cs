using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Limits;

/// <summary>A host of its own for the limits tests: they lower limits, which other tests on a shared host must not meet.</summary>
public sealed class LimitsHost : IAsyncLifetime
{
    private HostProcess? host;

    public HostProcess Process => host!;

    public HttpClient Admin => host!.Admin;

    public async Task InitializeAsync() =>
        host = await HostProcess.StartAsync("--data-dir", Directory.CreateTempSubdirectory("cw-limits-").FullName);

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}
