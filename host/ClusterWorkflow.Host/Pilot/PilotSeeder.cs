using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Grains.History;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// Puts the generated pilot into a store: the program, its clusters, the shipped definitions, the
/// people as users, and the approved history of the months before the current one (see
/// <see cref="ApprovedHistoryImport"/>). Every part is idempotent — same ids, nothing added twice — so
/// an interrupted seeding is finished by running it again.
/// </summary>
public sealed class PilotSeeder(IGrainFactory grains, PilotDefinitions definitions, PilotUsers users, ApprovedHistoryImport history, PilotRoundPlans plans)
{
    public const string ProgramManagerId = "program-manager";

    public async Task<PilotSeedResult> SeedAsync(PilotProgram program, IReadOnlyList<PilotClusterData> data, Action<string> progress)
    {
        var programGrain = grains.GetGrain<IProgramGrain>(program.Id);
        var programCreated = await programGrain.GetAsync() is null;
        Must((await programGrain.CreateAsync(program.Name)).Problems, $"create program '{program.Id}'");
        var before = (await programGrain.GetAsync())!.ClusterIds.Count;
        foreach (var cluster in program.Clusters)
        {
            Must((await programGrain.AddClusterAsync(PilotClusterMonths.Profile(cluster, program.Id))).Problems, $"add cluster '{cluster.Id}'");
        }
        var clustersAdded = (await programGrain.GetAsync())!.ClusterIds.Count - before;
        var usersCreated = await users.EnsureAsync(program);
        var saved = await definitions.EnsureAsync(program.Id, ProgramManagerId);
        progress($"program {program.Id}: {program.Clusters.Count} clusters ({clustersAdded} new), {program.People.Count} people ({usersCreated} new users), {saved} definitions saved");

        var imported = 0;
        for (var month = program.FirstPeriod; month.CompareTo(program.CurrentPeriod) < 0; month = month.Offset(1))
        {
            var count = await ImportMonthAsync(program.Id, month, data);
            if (count > 0) progress($"approved history {month.Label}: {count} clusters imported");
            imported += count;
        }
        progress($"approved history {program.FirstPeriod.Label} .. {program.CurrentPeriod.Offset(-1).Label}: {imported} cluster-months imported");
        return new PilotSeedResult(programCreated, clustersAdded, usersCreated, saved, imported);
    }

    /// <summary>Imports one month for every cluster (clusters in parallel; each cluster's months stay in order).</summary>
    private async Task<int> ImportMonthAsync(string programId, Period month, IReadOnlyList<PilotClusterData> data)
    {
        var plan = await plans.ResolveAsync(programId, month, dueDate: null);
        var approvedAt = new DateTimeOffset(plan.DueDate.AddDays(-2).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var imported = 0;
        await Parallel.ForEachAsync(data, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (cluster, _) =>
        {
            var slice = PilotRoundPlans.Slice(programId, plan, cluster.Cluster.Id);
            var known = (await grains.GetGrain<Abstractions.Clusters.IClusterGrain>(cluster.Cluster.Id).GetHistoryAsync()).Any(p => p.Period == month.Label);
            if (known) return;
            var outcome = await history.ImportAsync(slice, PilotClusterMonths.Submission(cluster, month), approvedAt);
            Must(outcome.Problems, $"import {cluster.Cluster.Id} {month.Label}");
            Interlocked.Increment(ref imported);
        });
        return imported;
    }

    private static void Must(IReadOnlyList<Abstractions.Common.Problem> problems, string what)
    {
        if (problems.Count > 0)
            throw new InvalidOperationException($"Seeding the pilot failed to {what}: {string.Join(" ", problems.Select(p => p.Message))}");
    }
}
