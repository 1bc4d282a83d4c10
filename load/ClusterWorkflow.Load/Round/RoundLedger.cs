using System.Collections.Concurrent;
using System.Text.Json;

namespace ClusterWorkflow.Load.Round;

/// <summary>
/// What the tool knows the API accepted in a run: for each cluster the data it saved and the
/// transitions it fired, with their request ids. The consistency check holds the stored data
/// against it. Written to a file so <c>check</c> can run later, after a restart.
/// </summary>
public sealed class RoundLedger
{
    public string ProgramId { get; init; } = "";

    public string Period { get; init; } = "";

    public string InitialState { get; init; } = "Assigned";

    public ConcurrentDictionary<string, ClusterLedger> Clusters { get; init; } = new(StringComparer.Ordinal);

    public ClusterLedger For(string clusterId) => Clusters.GetOrAdd(clusterId, id => new ClusterLedger { ClusterId = id });

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options));

    public static RoundLedger Load(string path) =>
        JsonSerializer.Deserialize<RoundLedger>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path} holds no ledger.");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
