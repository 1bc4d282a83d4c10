using System.Globalization;
using System.Text.Json;
using ClusterWorkflow.Load.Check;

namespace ClusterWorkflow.Load.Measure;

/// <summary>The figures of a run, printed for people and saved as JSON for bench.sh.</summary>
public sealed record LoadReport(
    string Label, int Clusters, int Enterprises, int Concurrency, int Silos, int ClustersDone, bool StoppedByTimeLimit,
    TimeSpan Setup, TimeSpan Round, long Submitted, long Approved, OperationStats Stats, ConsistencyReport? Check,
    IReadOnlyList<string> DeadSilos, bool LoopingPackStored, DateTimeOffset? KilledAt, IReadOnlyList<long> PeakResidentBytes)
{
    /// <summary>The run passes when the check found nothing, every silo answers, and no bad input was accepted.</summary>
    public bool Passed => (Check?.Passed ?? true) && DeadSilos.Count == 0 && !LoopingPackStored && Stats.Errors.ByKind().All(e => !e.Key.Contains("where a refusal was due", StringComparison.Ordinal) && !e.Key.Contains("without rejecting", StringComparison.Ordinal));

    public double SubmissionsPerSecond => Submitted / Math.Max(0.001, Round.TotalSeconds);

    public double ApprovalsPerSecond => Approved / Math.Max(0.001, Round.TotalSeconds);

    public void Print(TextWriter o)
    {
        var all = Stats.All();
        o.WriteLine();
        o.WriteLine($"== {Label}: {ClustersDone} of {Clusters} clusters × {Enterprises} enterprises, {Silos} silo(s), concurrency {Concurrency}{(StoppedByTimeLimit ? ", STOPPED BY THE TIME LIMIT" : "")}");
        o.WriteLine($"setup {Setup.TotalSeconds:0.0} s, round {Round.TotalSeconds:0.0} s; {Submitted} submitted ({SubmissionsPerSecond:0.00}/s), {Approved} approved ({ApprovalsPerSecond:0.00}/s), {all.Count} requests ({all.Count / Math.Max(0.001, Round.TotalSeconds + Setup.TotalSeconds):0.0}/s)");
        o.WriteLine($"{"operation",-34} {"count",7} {"p50 ms",9} {"p90 ms",9} {"p99 ms",9} {"max ms",9}");
        foreach (var (operation, histogram) in Stats.Operations())
            o.WriteLine($"{operation,-34} {histogram.Count,7} {Ms(histogram.Percentile(50)),9} {Ms(histogram.Percentile(90)),9} {Ms(histogram.Percentile(99)),9} {Ms(histogram.Max),9}");
        o.WriteLine($"{"all requests",-34} {all.Count,7} {Ms(all.Percentile(50)),9} {Ms(all.Percentile(90)),9} {Ms(all.Percentile(99)),9} {Ms(all.Max),9}");
        Tally(o, "errors", Stats.Errors);
        Tally(o, "retried (a silo was lost or busy)", Stats.Retries);
        Tally(o, "bad input refused as due", Stats.ExpectedRefusals);
        if (Stats.ValidationErrors.Total > 0) Tally(o, "validation errors in saved drafts", Stats.ValidationErrors);
        if (KilledAt is { } killed) o.WriteLine($"a silo was killed (SIGKILL) at {killed:HH:mm:ss} and restarted");
        o.WriteLine("peak resident memory per silo: " + string.Join(", ", PeakResidentBytes.Select((b, i) => $"silo {i} {b / 1048576.0:0} MiB")));
        if (Check is null) o.WriteLine("consistency check: not run (the API has no rounds yet)");
        else
        {
            o.WriteLine($"consistency check: {(Check.Passed ? "PASSED" : "FAILED")} — {Check.ClustersChecked} submissions, {Check.Transitions} transitions, "
                + (Check.RollupChecked ? $"{Check.RollupNodesCompared} roll-up nodes compared" : "roll-up not exposed by the API, not compared"));
            foreach (var problem in Check.Problems.Take(20)) o.WriteLine("  " + problem);
            if (Check.Problems.Count > 20) o.WriteLine($"  … and {Check.Problems.Count - 20} more");
        }
        o.WriteLine(DeadSilos.Count == 0 ? "every silo answers /health" : "SILOS DOWN: " + string.Join("; ", DeadSilos));
        if (LoopingPackStored) o.WriteLine("THE LOOPING KPI PACK WAS STORED");
        o.WriteLine(Summary());
    }

    /// <summary>One line bench.sh collects into its table.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"SUMMARY|{Label}|{Silos}|{ClustersDone}|{Enterprises}|{Submitted}|{SubmissionsPerSecond:0.00}|{Approved}|{ApprovalsPerSecond:0.00}|{Ms(Stats.All().Percentile(50))}|{Ms(Stats.All().Percentile(99))}|{Stats.Errors.Total}|{Stats.Retries.Total}|{string.Join(" ", PeakResidentBytes.Select(b => (b / 1048576).ToString(CultureInfo.InvariantCulture)))}|{(Passed ? "passed" : "FAILED")}");

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(new
    {
        Label, Clusters, ClustersDone, Enterprises, Concurrency, Silos, StoppedByTimeLimit,
        setupSeconds = Setup.TotalSeconds, roundSeconds = Round.TotalSeconds, Submitted, Approved, SubmissionsPerSecond, ApprovalsPerSecond,
        p50Ms = Stats.All().Percentile(50).TotalMilliseconds, p99Ms = Stats.All().Percentile(99).TotalMilliseconds,
        errors = Stats.Errors.ByKind(), retries = Stats.Retries.ByKind(), refusals = Stats.ExpectedRefusals.ByKind(),
        PeakResidentBytes, check = Check, Passed,
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static void Tally(TextWriter o, string title, ErrorTally tally)
    {
        o.WriteLine($"{title}: {tally.Total}");
        foreach (var (kind, count) in tally.ByKind().Take(12)) o.WriteLine($"  {count,6}  {kind}");
    }
}
