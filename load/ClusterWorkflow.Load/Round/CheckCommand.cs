using ClusterWorkflow.Load.Api;
using ClusterWorkflow.Load.Cli;
using ClusterWorkflow.Load.Measure;

namespace ClusterWorkflow.Load.Round;

/// <summary><c>check</c>: holds a round left by a run (its ledger file) against what the API stores now.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(LoadArguments args, TextWriter log)
    {
        var ledger = RoundLedger.Load(args.Ledger!);
        var stats = new OperationStats();
        using var api = new ApiClient(args.Urls, stats, 8, TimeSpan.FromSeconds(120));
        using var limit = new CancellationTokenSource(args.TimeLimit);
        var session = new RoundSession(api, stats, ledger.ProgramId, ledger.Period, limit.Token);
        var features = await ApiFeatures.ReadAsync(session);
        if (features.SignIn) await session.SignInAdminAsync(args.AdminPassword ?? throw new ArgumentException("The API has sign-in: give --admin-password."));
        var check = await RoundRunner.CheckAsync(session, ledger, features, null, close: false, log);
        log.WriteLine($"consistency check: {(check.Passed ? "PASSED" : "FAILED")} — {check.ClustersChecked} submissions, {check.Transitions} transitions, "
            + (check.RollupChecked ? $"{check.RollupNodesCompared} roll-up nodes compared" : "roll-up not compared"));
        foreach (var problem in check.Problems) log.WriteLine("  " + problem);
        return check.Passed ? 0 : 2;
    }
}
