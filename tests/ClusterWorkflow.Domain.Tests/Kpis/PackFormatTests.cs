using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

public sealed class PackFormatTests
{
    private static MemoryStream Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void AnUploadedZipOfThePilotPackLoadsFromInsideItsTopFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "plugins", "nretp-cluster-kpis");
        var entries = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => ("nretp-cluster-kpis/" + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToArray();

        var result = new KpiPackLoader(PilotPack.Evaluator).LoadFromZip(Zip(entries));

        Assert.True(result.Ok, result.Describe());
        Assert.Equal(25, result.Pack!.Kpis.Count);
    }

    [Fact]
    public void AZipWithAPathLeavingThePackIsRefused()
    {
        var files = TestPacks.With($"[{TestPacks.Kpi("a")}]");

        var result = new KpiPackLoader(PilotPack.Evaluator).LoadFromZip(Zip(("manifest.json", files["manifest.json"]), ("../evil.js", "return 1;")));

        Assert.Contains(result.Problems, p => p.Where.Contains("../evil.js") && p.Message.Contains("outside the pack"));
    }

    [Fact]
    public void AnUploadThatIsNotAZipIsRefused()
    {
        var result = new KpiPackLoader(PilotPack.Evaluator).LoadFromZip(new MemoryStream(Encoding.UTF8.GetBytes("not a zip")));

        Assert.Contains("not a readable zip", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void AFolderThatDoesNotExistIsRefused()
    {
        var result = new KpiPackLoader(PilotPack.Evaluator).LoadFromFolder(Path.Combine(AppContext.BaseDirectory, "no-such-pack"));

        Assert.Contains("does not exist", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void APackAndItsResultsRoundTripThroughJsonAsGrainStateWould()
    {
        var pack = JsonSerializer.Deserialize<KpiPack>(JsonSerializer.Serialize(PilotPack.Pack))!;
        var input = JsonSerializer.Deserialize<KpiClusterInput>(JsonSerializer.Serialize(HandComputedCluster.WithHistory()))!;

        var result = PilotPack.Evaluator.Evaluate(pack, input);
        var copy = JsonSerializer.Deserialize<KpiClusterResult>(JsonSerializer.Serialize(result))!;

        Assert.Equal(PilotPack.Pack.EvaluationOrder, pack.EvaluationOrder);
        Assert.Equal(8625, copy.Values["net_income_per_enterprise"].Value); // as in PilotKpiTests
        Assert.Equal(25, copy.Values["lakhpati_share"].Value);
        Assert.Equal(KpiRating.Red, copy.Values["active_rate"].Rating);
        Assert.Contains("\"Ratio\"", JsonSerializer.Serialize(pack.Kpis[1].Kind));
    }
}
