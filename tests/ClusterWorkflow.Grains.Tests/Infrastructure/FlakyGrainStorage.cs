using Orleans.Storage;

namespace ClusterWorkflow.Grains.Tests.Infrastructure;

/// <summary>
/// The test cluster's storage: memory storage that can be told to fail the next write of a grain
/// whose id contains a marker, as a database hiccup would, to test that a retry repairs the damage.
/// </summary>
public sealed class FlakyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private static readonly HashSet<string> FailingMarkers = [];

    /// <summary>The next write of a grain whose id contains <paramref name="marker"/> throws, once.</summary>
    public static void FailNextWrite(string marker)
    {
        lock (FailingMarkers) FailingMarkers.Add(marker);
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = grainId.ToString();
        lock (FailingMarkers)
        {
            if (FailingMarkers.FirstOrDefault(m => id.Contains(m, StringComparison.Ordinal)) is { } marker)
            {
                FailingMarkers.Remove(marker);
                throw new InvalidOperationException($"Simulated storage failure writing {id}.");
            }
        }
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
