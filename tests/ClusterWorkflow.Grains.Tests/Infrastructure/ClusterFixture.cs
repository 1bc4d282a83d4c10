using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.Serialization;
using ClusterWorkflow.Grains;
using Orleans.TestingHost;

namespace ClusterWorkflow.Grains.Tests.Infrastructure;

/// <summary>One in-process test cluster shared by the grain tests (grain storage in memory, see <see cref="FlakyGrainStorage"/>).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .AddClientBuilderConfigurator<DomainJsonClient>()
        .Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorage(MemoryStore)
                .UseInMemoryReminderService()
                .AddClusterWorkflowSerialization()
                .AddClusterWorkflowDomainServices();
            silo.Services.AddGrainStorage(StoreNames.Main, (services, _) => new FlakyGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(MemoryStore)));
        }

        private const string MemoryStore = "memory";
    }
}

/// <summary>The test's client sends domain types (KPI packs, workflow records) too, so it needs the same JSON codec as the silos.</summary>
public sealed class DomainJsonClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder client) =>
        client.Services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("ClusterWorkflow.Domain", StringComparison.Ordinal) == true));
}

[CollectionDefinition(nameof(ClusterFixture))]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;
