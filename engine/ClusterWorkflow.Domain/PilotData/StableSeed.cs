using System.Text;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Derives a sub-seed from the run's seed and a name. string.GetHashCode is randomised per process,
/// so it would break repeatability; FNV-1a followed by a SplitMix64 finaliser is stable everywhere.
/// </summary>
internal static class StableSeed
{
    public static int For(int seed, string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        var mixed = hash ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
        mixed ^= mixed >> 31;
        return (int)(mixed & 0x7FFFFFFF);
    }
}
