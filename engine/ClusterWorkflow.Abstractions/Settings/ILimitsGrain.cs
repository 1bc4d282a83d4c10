namespace ClusterWorkflow.Abstractions.Settings;

/// <summary>
/// The limits every silo applies [key: 0, one per cluster of silos]. The host checks a change against
/// the bounds before it gets here; the grain keeps the latest settings and their version.
/// </summary>
[Alias("cw.limits")]
public interface ILimitsGrain : IGrainWithIntegerKey
{
    /// <summary>The stored limits, or null while nobody changed the defaults.</summary>
    [Alias("get")]
    Task<StoredLimits?> GetAsync();

    /// <summary>Stores complete settings as the next version.</summary>
    [Alias("save")]
    Task<StoredLimits> SaveAsync(LimitSettings settings, string changedBy, DateTimeOffset changedAt);
}
