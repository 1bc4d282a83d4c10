using ClusterWorkflow.Load.Hosts;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// When and which silo a fault run kills: once the given share of the clusters is done or of the
/// round's time has passed, whichever comes first (with <c>--kill-during-upload</c>: while the next
/// roster upload after that is in flight), SIGKILL the silo and start it again at the same addresses.
/// </summary>
public sealed class KillPlan(HostFleet? fleet, int threshold, int slot, bool duringUpload, TextWriter log, CancellationToken cancellationToken)
{
    private int armed;
    private int fired;
    private Task kill = Task.CompletedTask;

    public bool Enabled => fleet is not null && threshold > 0;

    public DateTimeOffset? KilledAt { get; private set; }

    public void ClusterDone(int done)
    {
        if (Enabled && done >= threshold) Due();
    }

    /// <summary>Starts the clock of the round: the kill is due after <paramref name="after"/> at the latest.</summary>
    public void StartClock(TimeSpan after)
    {
        if (Enabled) _ = Task.Delay(after, cancellationToken).ContinueWith(_ => Due(), TaskScheduler.Default);
    }

    public Task BeforeUploadAsync()
    {
        // A roster of 500 rows takes the host a second or more to validate: 300 ms after the request
        // leaves, the kill lands while the host is reading or checking it.
        if (Enabled && Interlocked.CompareExchange(ref armed, 0, 1) == 1) Fire(TimeSpan.FromMilliseconds(300));
        return Task.CompletedTask;
    }

    private void Due()
    {
        if (duringUpload) Interlocked.Exchange(ref armed, 1);
        else Fire(TimeSpan.Zero);
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
