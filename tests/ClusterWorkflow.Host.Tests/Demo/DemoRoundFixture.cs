using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Demo;

/// <summary>
/// One small demo round (2 clusters per district, 60 enterprises each, the full twelve months of
/// history), run once by the real <c>demo</c> command for the tests of its outcomes.
/// </summary>
public sealed class DemoRoundFixture : IAsyncLifetime
{
    public const int ClustersPerDistrict = 2;
    public const int Enterprises = 60;
    public const int Seed = 4242;

    public string DataDir { get; } = Directory.CreateTempSubdirectory("cw-demo-data-").FullName;

    public string OutDir { get; } = Path.Combine(Directory.CreateTempSubdirectory("cw-demo-out-").FullName, "out");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    /// <summary>The pilot the demo generated, made again here from the same options.</summary>
    public PilotGenerator Generator { get; } = new(new PilotOptions
    {
        Seed = Seed, ClustersPerDistrict = ClustersPerDistrict, TsaOfficersPerDistrict = ClustersPerDistrict, MinEnterprises = Enterprises, MaxEnterprises = Enterprises,
    });

    public string[] Arguments(string outDir, string dataDir) =>
        ["demo", "--out", outDir, "--data-dir", dataDir, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
         "--clusters-per-district", ClustersPerDistrict.ToString(System.Globalization.CultureInfo.InvariantCulture),
         "--enterprises", Enterprises.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public List<Dictionary<string, string>> Kpis => DemoCsv.Read(Path.Combine(OutDir, "kpis.csv"));

    public List<Dictionary<string, string>> Audit => DemoCsv.Read(Path.Combine(OutDir, "audit.csv"));

    public async Task InitializeAsync() => (ExitCode, Output) = await HostProcess.RunToEndAsync(TimeSpan.FromMinutes(5), Arguments(OutDir, DataDir));

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The tests that read the one demo round share it, so the demo runs once for them.</summary>
[CollectionDefinition(nameof(DemoRoundFixture))]
public sealed class DemoRoundCollection : ICollectionFixture<DemoRoundFixture>;
