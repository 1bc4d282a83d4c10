using System.Collections.Concurrent;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>
/// What the demo's steps share: the silo's services, the generated pilot, the people signed in, and
/// what happened so far (upload findings, returned submissions) for the summary.
/// </summary>
public sealed class DemoRun(IServiceProvider services, DemoOptions options, PilotProgram program, IReadOnlyList<PilotClusterData> data, TextWriter log)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Actor>>> signedIn = new(StringComparer.Ordinal);

    public IServiceProvider Services => services;

    public DemoOptions Options => options;

    /// <summary>Where a long step tells how far it got, between the progress lines.</summary>
    public TextWriter Log => log;

    public PilotProgram Program => program;

    public IReadOnlyList<PilotClusterData> Data => data;

    public IGrainFactory Grains => services.GetRequiredService<IGrainFactory>();

    public string ProgramId => program.Id;

    public string Period => program.CurrentPeriod.Label;

    public IRoundGrain Round => Grains.GetGrain<IRoundGrain>(RoundKey.For(ProgramId, Period));

    /// <summary>Lines about roster uploads that had problems and how they were fixed, by cluster.</summary>
    public ConcurrentBag<string> UploadFindings { get; } = [];

    /// <summary>Rows refused at upload and fixed, over all clusters.</summary>
    public int RowsFixed;

    /// <summary>Rows accepted into drafts, over all clusters.</summary>
    public int RowsAccepted;

    /// <summary>Set when the round was closed already when the demo started: its outputs are written again, nothing is re-run.</summary>
    public RoundInfo? ClosedBefore { get; set; }

    public ISubmissionGrain Submission(string clusterId) => Grains.GetGrain<ISubmissionGrain>(SubmissionKey.For(RoundKey.For(ProgramId, Period), clusterId));

    /// <summary>The person, signed in once with the demo password as they would at /signin.</summary>
    public Task<Actor> AsAsync(string userId) =>
        signedIn.GetOrAdd(userId, id => new Lazy<Task<Actor>>(() => services.GetRequiredService<PilotUsers>().SignInAsync(id))).Value;

    /// <summary>The user id of the first reviewer the round's plan names for the cluster's district or state.</summary>
    public static string Reviewer(IReadOnlyDictionary<string, IReadOnlyList<string>> reviewers, string area) =>
        reviewers.TryGetValue(area, out var ids) && ids.Count > 0
            ? ids[0]
            : throw new InvalidOperationException($"The round's plan names no reviewer for '{area}'.");
}
