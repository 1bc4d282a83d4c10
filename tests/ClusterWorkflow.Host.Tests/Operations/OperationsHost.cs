using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Operations;

/// <summary>A host of its own with JSON logs, so the request counts seen by the tests are theirs alone.</summary>
public sealed class OperationsHost : IAsyncLifetime
{
    public HostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await HostProcess.StartAsync("--data-dir", Directory.CreateTempSubdirectory("cw-ops-").FullName, "--log-format", "json");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
