using Microsoft.Extensions.Configuration;
using Orleans.Serialization;
using ClusterWorkflow.Grains;
using Orleans.TestingHost;

namespace ClusterWorkflow.Grains.Tests.Infrastructure;

/// <summary>One in-process test cluster shared by the grain tests (grain storage in memory).</summary>
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
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorage(StoreNames.Main)
            .UseInMemoryReminderService()
            .AddClusterWorkflowSerialization()
            .AddClusterWorkflowDomainServices();
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
