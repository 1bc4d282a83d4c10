using Orleans.Storage;

namespace ClusterWorkflow.Benchmarks.WorkflowGrains;

/// <summary>Counts the writes that reach the store, so the benchmark can say how many writes one transition costs.</summary>
internal sealed class CountingGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private static long writes;

    public static long Writes => Interlocked.Read(ref writes);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref writes);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
}
