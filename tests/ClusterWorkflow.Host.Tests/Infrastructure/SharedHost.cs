namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>One host on a fresh SQLite folder, shared by the API tests of a collection.</summary>
public sealed class SharedHost : IAsyncLifetime
{
    private HostProcess? host;

    public HttpClient Http => host!.Http;

    public async Task InitializeAsync() =>
        host = await HostProcess.StartAsync("--data-dir", Directory.CreateTempSubdirectory("cw-api-").FullName);

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(SharedHost))]
public sealed class SharedHostCollection : ICollectionFixture<SharedHost>;
