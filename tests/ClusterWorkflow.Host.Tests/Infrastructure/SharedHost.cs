namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>One host on a fresh SQLite folder, shared by the API tests of a collection.</summary>
public sealed class SharedHost : IAsyncLifetime
{
    private HostProcess? host;

    public HostProcess Process => host!;

    /// <summary>Signed in as the bootstrap administrator.</summary>
    public HttpClient Http => host!.Http;

    /// <summary>Signed in as the bootstrap administrator.</summary>
    public HttpClient Admin => host!.Admin;

    /// <summary>Not signed in.</summary>
    public HttpClient Anonymous => host!.Anonymous;

    /// <summary>A client signed in as <paramref name="user"/> (created, or updated to its roles and scope).</summary>
    public Task<HttpClient> ClientAsAsync(TestUser user) => host!.ClientAsAsync(user);

    public async Task InitializeAsync() =>
        host = await HostProcess.StartAsync("--data-dir", Directory.CreateTempSubdirectory("cw-api-").FullName);

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(SharedHost))]
public sealed class SharedHostCollection : ICollectionFixture<SharedHost>;
