using ClusterWorkflow.Load.Hosts;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// When and which silo a fault run kills: once the given share of the clusters is done (or, with
/// <c>--kill-during-upload</c>, while the roster upload of that share's cluster is in flight),
/// SIGKILL the silo and start it again at the same addresses.
/// </summary>
public sealed class KillPlan(HostFleet? fleet, int threshold, int slot, bool duringUpload, TextWriter log, CancellationToken cancellationToken)
{
    private int uploads;
    private int fired;
    private Task kill = Task.CompletedTask;

    public bool Enabled => fleet is not null && threshold > 0;

    public DateTimeOffset? KilledAt { get; private set; }

    public void ClusterDone(int done)
    {
        if (Enabled && !duringUpload && done >= threshold) Fire(TimeSpan.Zero);
    }

    public Task BeforeUploadAsync()
    {
        // A roster of 500 rows takes the host a second or more to validate: 300 ms after the request
        // leaves, the kill lands while the host is reading or checking it.
        if (Enabled && duringUpload && Interlocked.Increment(ref uploads) == threshold) Fire(TimeSpan.FromMilliseconds(300));
        return Task.CompletedTask;
    }

    /// <summary>Waits for the restarted silo to be healthy again.</summary>
    public Task CompletedAsync() => kill;

    private void Fire(TimeSpan delay)
    {
        if (Interlocked.Exchange(ref fired, 1) == 1) return;
        KilledAt = DateTimeOffset.UtcNow;
        kill = Task.Run(async () =>
        {
            await Task.Delay(delay, cancellationToken);
            await fleet!.KillAndRestartAsync(slot, TimeSpan.FromSeconds(1), log, cancellationToken);
        }, cancellationToken);
    }
}
