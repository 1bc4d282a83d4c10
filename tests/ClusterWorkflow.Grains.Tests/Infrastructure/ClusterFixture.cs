using ClusterWorkflow.Grains;
using Orleans.TestingHost;

namespace ClusterWorkflow.Grains.Tests.Infrastructure;

/// <summary>One in-process test cluster shared by the grain tests (grain storage in memory).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorage(StoreNames.Main)
            .UseInMemoryReminderService()
            .AddClusterWorkflowSerialization();
    }
}

[CollectionDefinition(nameof(ClusterFixture))]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;
