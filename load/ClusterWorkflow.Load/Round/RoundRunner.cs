using System.Diagnostics;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Load.Api;
using ClusterWorkflow.Load.Check;
using ClusterWorkflow.Load.Cli;
using ClusterWorkflow.Load.Hosts;
using ClusterWorkflow.Load.Measure;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// A whole run: start the hosts (or use the given addresses), set the round up, drive the clusters
/// with bounded concurrency and time, kill and restart a silo when asked, close the round, check
/// it, and report.
/// </summary>
public static class RoundRunner
{
    private const int LoopingPacksPerRun = 3;
    private static readonly string[] Final = ["Approved"];

    public static async Task<int> RunAsync(LoadArguments args, TextWriter log)
    {
        var period = Period.Parse(args.Period).Period ?? throw new ArgumentException($"--period {args.Period} is not a period such as 2026-11.");
        var stats = new OperationStats();
        await using var fleet = args.StartHosts > 0
            ? await HostFleet.StartAsync(new FleetOptions(args.StartHosts, args.HostDll!, args.Store, args.Postgres, args.WorkDir, args.AdminPassword, []), log, CancellationToken.None)
            : null;
        var urls = fleet?.Hosts.Select(h => h.BaseAddress).ToList() ?? args.Urls;
        using var api = new ApiClient(urls, stats, args.Concurrency * 2, TimeSpan.FromSeconds(120));
        // The time limit is the round's: it starts when the set-up is done.
        using var limit = new CancellationTokenSource();
        using var hardLimit = new CancellationTokenSource(args.TimeLimit + TimeSpan.FromMinutes(8));
        var session = new RoundSession(api, stats, args.ProgramId, period.Label, hardLimit.Token, limit.Token);

        var features = await ApiFeatures.ReadAsync(session);
        if (features.SignIn) await session.SignInAdminAsync(args.AdminPassword ?? throw new ArgumentException("The API has sign-in: give --admin-password."));
        var round = new PilotRound(args.ProgramId, period, args.Clusters, args.Enterprises, args.Seed);
        var ledger = new RoundLedger { ProgramId = args.ProgramId, Period = period.Label };
        log.WriteLine($"{args.Label} {round.Clusters.Count} clusters × {args.Enterprises} enterprises, concurrency {args.Concurrency}, {urls.Count} silo(s); API: sign-in {features.SignIn}, rounds {features.Rounds}");

        var setupWatch = Stopwatch.StartNew();
        var roundOpen = await RoundSetup.RunAsync(session, round, features, Path.Combine(AppContext.BaseDirectory, "templates"), log);
        setupWatch.Stop();

        var kill = new KillPlan(fleet, args.KillAt is { } share ? Math.Max(1, (int)Math.Ceiling(share * round.Clusters.Count)) : 0,
            args.KillSlot >= 0 ? args.KillSlot : (args.StartHosts > 1 ? 1 : 0), args.KillDuringUpload, log, CancellationToken.None);
        var badEvery = args.BadInput > 0 ? Math.Max(1, (int)Math.Round(1 / args.BadInput)) : 0;
        var flow = new ClusterFlow(session, round, ledger, features, new BadInputMix(session, LoopingPacksPerRun)) { BeforeUpload = kill.BeforeUploadAsync };

        limit.CancelAfter(args.TimeLimit);
        kill.StartClock(args.TimeLimit * (args.KillAt ?? 0.5));
        var roundWatch = Stopwatch.StartNew();
        var next = -1;
        var done = 0;
        var stoppedByLimit = false;
        var workers = Enumerable.Range(0, args.Concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < round.Clusters.Count && !limit.IsCancellationRequested)
            {
                try
                {
                    await flow.RunAsync(round.Clusters[index], badEvery > 0 && index % badEvery == 0);
                }
                catch (OperationCanceledException) when (hardLimit.IsCancellationRequested)
                {
                    stoppedByLimit = true;
                    return;
                }
                catch (ApiUnavailableException e)
                {
                    stats.Errors.Add(e.Message);
                }
                kill.ClusterDone(Interlocked.Increment(ref done));
            }
        })).ToList();
        await Task.WhenAll(workers);
        roundWatch.Stop();
        await kill.CompletedAsync();
        stoppedByLimit |= limit.IsCancellationRequested;

        // The check gets its own time: it must finish even when the round ran into the limit.
        using var checkLimit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var checker = new RoundSession(api, stats, args.ProgramId, period.Label, checkLimit.Token);
        await checker.SignInAdminAsync(features.SignIn ? args.AdminPassword : null);
        if (args.Ledger is not null) ledger.Save(args.Ledger);
        var check = roundOpen ? await CheckAsync(checker, ledger, features, session.Token(RoundSetup.ProgramManager), close: true, log) : null;
        var alive = await SilosAliveAsync(checker, urls);
        var looping = await LoopingPackStoredAsync(checker, session.Token(RoundSetup.ProgramManager) ?? checker.Token("admin"));

        var report = new LoadReport(args.Label, round.Clusters.Count, args.Enterprises, args.Concurrency, urls.Count, done, stoppedByLimit,
            setupWatch.Elapsed, roundWatch.Elapsed, flow.Submitted, flow.Approved, stats, check, alive, looping, kill.KilledAt,
            fleet?.Hosts.Select(h => h.PeakResidentBytes()).ToList() ?? await PeaksFromMetricsAsync(checker, urls));
        report.Print(log);
        if (args.Report is not null) report.Save(args.Report);
        return report.Passed ? 0 : 2;
    }

    public static async Task<ConsistencyReport> CheckAsync(RoundSession session, RoundLedger ledger, ApiFeatures features, string? managerToken, bool close, TextWriter log)
    {
        if (close)
        {
            var closed = await session.SendAsync("close-round", Requests.Send(HttpMethod.Post, $"/api/programs/{ledger.ProgramId}/rounds/{ledger.Period}/close", new { }), managerToken);
            if (!closed.Succeeded) log.WriteLine($"closing the round: {closed}");
        }
        var reader = session.Token("admin") ?? managerToken;
        var stored = await RoundReader.SubmissionsAsync(session, ledger.Clusters.Keys, reader);
        if (stored.Count < ledger.Clusters.Count && managerToken is not null)
            stored = await RoundReader.SubmissionsAsync(session, ledger.Clusters.Keys, managerToken);
        var rollup = features.Rollup ? await RoundReader.RollupAsync(session, reader) : null;
        if (rollup is null) return ConsistencyCheck.Run(ledger, stored, null, null, Final);
        var evaluator = new KpiEvaluator();
        var pack = new KpiPackLoader(evaluator).LoadFromFolder(Path.Combine(AppContext.BaseDirectory, "plugins", "nretp-cluster-kpis")).Pack;
        var unreported = pack is null ? [] : await RoundReader.UnreportedAsync(session, reader, pack, evaluator, stored.Values.Where(s => Final.Contains(s.State)).Select(s => s.ClusterId));
        return ConsistencyCheck.Run(ledger, stored, pack, rollup, Final, unreported);
    }

    private static async Task<List<string>> SilosAliveAsync(RoundSession session, IReadOnlyList<Uri> urls)
    {
        var dead = new List<string>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var url in urls)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health"), session.Cancellation);
                if (!response.IsSuccessStatusCode) dead.Add($"{url} answered /health with {(int)response.StatusCode}");
            }
            catch (HttpRequestException e)
            {
                dead.Add($"{url}: {e.Message}");
            }
        }
        return dead;
    }

    private static async Task<bool> LoopingPackStoredAsync(RoundSession session, string? token)
    {
        var answer = await session.SendAsync("check: list KPI packs", Requests.Get($"/api/programs/{session.ProgramId}/kpi-packs"), token);
        return answer.Succeeded && answer.Body.Contains($"\"{BadInputs.LoopingPackId}\"", StringComparison.Ordinal);
    }

    private static async Task<List<long>> PeaksFromMetricsAsync(RoundSession session, IReadOnlyList<Uri> urls)
    {
        var peaks = new List<long>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var url in urls)
        {
            try
            {
                var text = await http.GetStringAsync(new Uri(url, "/metrics"), session.Cancellation);
                var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("process_peak_resident_memory_bytes ", StringComparison.Ordinal));
                peaks.Add(line is null ? 0 : (long)double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (HttpRequestException)
            {
                peaks.Add(0);
            }
        }
        return peaks;
    }
}
