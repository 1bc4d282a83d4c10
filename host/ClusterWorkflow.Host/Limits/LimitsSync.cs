using ClusterWorkflow.Abstractions.Settings;

namespace ClusterWorkflow.Host.Limits;

/// <summary>
/// Applies the stored limits on start and picks up a change made on another silo within
/// <see cref="Interval"/> (a change made through this host applies at once).
/// </summary>
public sealed class LimitsSync(IGrainFactory grains, LiveLimits limits, ILogger<LimitsSync> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the web server answers: no request runs under the defaults when limits were stored.
        await RefreshAsync();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The stored limits could not be read; the limits applied stay in force");
            }
        }
    }

    private async Task RefreshAsync()
    {
        if (await grains.GetGrain<ILimitsGrain>(0).GetAsync() is { } stored) limits.Apply(stored);
    }
}
