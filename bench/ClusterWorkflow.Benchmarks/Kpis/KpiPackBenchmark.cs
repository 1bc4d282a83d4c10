using System.Diagnostics;
using System.Globalization;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Benchmarks.Kpis;

/// <summary>
/// The pilot pack (plugins/nretp-cluster-kpis) in the Jint sandbox against the same 25 KPIs in
/// plain C#, then the whole pack, evaluated in parallel and rolled up, for 20 and for 2,000
/// clusters of 500 enterprises with a year of history each.
/// </summary>
public sealed class KpiPackBenchmark : IBenchmark
{
    private const int Enterprises = 500;

    public string Name => "kpis";

    public string Description => "Pilot KPI pack: Jint vs plain C#; 20 and 2,000 clusters × 500 enterprises (time, memory)";

    public void Run(TextWriter output)
    {
        var evaluator = new KpiEvaluator();
        var loader = new KpiPackLoader(evaluator);
        var watch = Stopwatch.StartNew();
        var loaded = loader.LoadFromFolder(FindPack());
        var pack = loaded.Pack ?? throw new InvalidOperationException(loaded.Describe());
        output.WriteLine($"Load + validate + dry run of the pilot pack ({pack.Kpis.Count} KPIs): {watch.ElapsedMilliseconds} ms");
        var copyOnly = loader.Load(CopyOnlyPack()).Pack!;

        CompareWithPlainCSharp(output, evaluator, pack, copyOnly);
        foreach (var clusters in new[] { 20, 2_000 })
        {
            Scale(output, evaluator, pack, clusters);
        }
    }

    private static void CompareWithPlainCSharp(TextWriter output, KpiEvaluator evaluator, KpiPack pack, KpiPack copyOnly)
    {
        var inputs = new BenchmarkClusters(20, Enterprises).ToList();
        var disagreements = inputs.Sum(input => Disagreements(evaluator.Evaluate(pack, input), PlainCSharpKpis.Compute(input)));

        var jint = PerCluster(inputs, passes: 3, input => evaluator.Evaluate(pack, input));
        var copy = PerCluster(inputs, passes: 3, input => evaluator.Evaluate(copyOnly, input));
        var plain = PerCluster(inputs, passes: 30, input => PlainCSharpKpis.Compute(input));

        output.WriteLine("One thread, 20 clusters × 500 enterprises + 12 months of history, all 25 KPIs:");
        output.WriteLine($"  Jint sandbox  {Ms(jint)} ms per cluster (of which copying the 13 rosters into the engine: {Ms(copy)} ms)");
        output.WriteLine($"  plain C#      {Ms(plain)} ms per cluster");
        output.WriteLine($"  ratio         {(jint / plain).ToString("0.0", CultureInfo.InvariantCulture)}× (formulas alone, without the copy: {((jint - copy) / plain).ToString("0.0", CultureInfo.InvariantCulture)}×)");
        output.WriteLine($"  values agree  {(disagreements == 0 ? "yes, all 25 KPIs on all 20 clusters" : $"NO: {disagreements} values differ")}");
    }

    private static void Scale(TextWriter output, KpiEvaluator evaluator, KpiPack pack, int count)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clusters = new BenchmarkClusters(count, Enterprises);
        var watch = Stopwatch.StartNew();
        var results = evaluator.EvaluateAll(pack, clusters);
        var evaluated = watch.Elapsed;
        var rollup = KpiRollup.Compute(pack, results);
        var total = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        var threads = evaluator.Options.MaxParallelism;
        var busy = evaluated.TotalSeconds * threads;
        var generation = clusters.GenerationTime.TotalSeconds;
        var program = rollup.Find(KpiLevel.Program, "program")!.Values;

        output.WriteLine($"{count:N0} clusters × {Enterprises} enterprises = {count * Enterprises:N0} enterprises (+ 12 months of history each), {threads} threads:");
        output.WriteLine($"  evaluate      {evaluated.TotalSeconds:0.00} s ({count / evaluated.TotalSeconds:0.0} clusters/s); roll-up {(total - evaluated).TotalMilliseconds:0} ms");
        output.WriteLine($"  thread time   {busy:0.0} s: generating test data {generation:0.0} s ({generation / busy:P0}), KPI evaluation {busy - generation:0.0} s");
        output.WriteLine($"  memory        {allocated / 1e9:0.00} GB allocated; peak working set so far {process.PeakWorkingSet64 / 1e6:0} MB");
        output.WriteLine($"  errors        {results.Sum(r => r.Errors.Count())}; program enrolled {program["enrolled"].Value:N0}, active rate {program["active_rate"].Value:0.00} %, lakhpati share {program["lakhpati_share"].Value:0.00} %");
        WriteErrorBreakdown(output, results);
    }

    /// <summary>Which KPIs failed and why, grouped, so an error count under load can be explained.</summary>
    private static void WriteErrorBreakdown(TextWriter output, IReadOnlyList<KpiClusterResult> results)
    {
        var groups = results
            .SelectMany(result => result.Errors.Select(error => (result.ClusterId, Error: error)))
            .GroupBy(failure => $"{failure.Error.KpiId}: {failure.Error.Message}")
            .OrderByDescending(group => group.Count());
        foreach (var group in groups.Take(10))
        {
            var clusters = string.Join(", ", group.Take(3).Select(failure => failure.ClusterId));
            output.WriteLine($"    {group.Count(),5} × {group.Key} (e.g. {clusters})");
        }
    }

    private static double PerCluster<T>(List<KpiClusterInput> inputs, int passes, Func<KpiClusterInput, T> evaluate)
    {
        foreach (var input in inputs)
        {
            evaluate(input); // warm-up: JIT, prepared scripts, pooled engines
        }
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var input in inputs)
            {
                evaluate(input);
            }
        }
        return watch.Elapsed.TotalMilliseconds / (passes * inputs.Count);
    }

    private static int Disagreements(KpiClusterResult jint, Dictionary<string, double?> plain) =>
        plain.Count(p => jint.Values[p.Key].Value is var j && !(j is null && p.Value is null
            || j is not null && p.Value is not null && Math.Abs(j.Value - p.Value.Value) <= 1e-9 * Math.Max(1, Math.Abs(p.Value.Value))));

    private static string Ms(double milliseconds) => milliseconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>One trivial KPI that asks for the same twelve months of history: its cost is the cost of copying the data in.</summary>
    private static Dictionary<string, string> CopyOnlyPack() => new()
    {
        ["manifest.json"] = """
            { "id": "copy-only", "version": "1", "kpis": [ { "id": "rows", "name": "Rows", "unit": "count", "direction": "up",
              "kind": "count", "formula": "count(roster)", "history": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } ] }
            """,
    };

    private static string FindPack()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "plugins", "nretp-cluster-kpis");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("plugins/nretp-cluster-kpis was not found above " + AppContext.BaseDirectory);
    }
}
