using System.Text.Json;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Kpis;

/// <summary>
/// The KPI packs the host knows: the built-in ones under <c>plugins/</c> beside the binaries,
/// validated once at start (a broken pack is logged and left out, never loaded half), and the packs
/// a program manager uploaded, stored as versioned definitions of the program.
/// </summary>
public sealed class KpiPackRegistry
{
    private readonly Dictionary<string, KpiPack> builtIn = new(StringComparer.Ordinal);

    public KpiPackRegistry(KpiPackLoader loader, ILogger<KpiPackRegistry> log)
    {
        var plugins = Path.Combine(AppContext.BaseDirectory, "plugins");
        if (!Directory.Exists(plugins)) return;
        foreach (var folder in Directory.EnumerateDirectories(plugins).Order(StringComparer.Ordinal))
        {
            var result = loader.LoadFromFolder(folder);
            if (result.Ok)
                builtIn[result.Pack!.Id] = result.Pack;
            else
                log.LogError("KPI pack in {Folder} was not loaded. {Problems}", folder, result.Describe());
        }
    }

    public IReadOnlyCollection<KpiPack> BuiltIn => builtIn.Values;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>A program's uploaded pack with that id, else the built-in one, else null.</summary>
    public async Task<KpiPack?> FindAsync(IGrainFactory grains, string? programId, string packId)
    {
        if (programId is not null)
        {
            var uploaded = await grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.KpiPack, packId)).GetLatestAsync();
            if (uploaded is not null) return JsonSerializer.Deserialize<KpiPack>(uploaded.Content, Json);
        }
        return builtIn.GetValueOrDefault(packId);
    }

    public async Task<IReadOnlyList<KpiPack>> ListAsync(IGrainFactory grains, string programId)
    {
        var ids = await grains.GetGrain<IProgramGrain>(programId).ListDefinitionsAsync(DefinitionKind.KpiPack);
        var uploaded = new List<KpiPack>();
        foreach (var id in ids)
        {
            if (await FindAsync(grains, programId, id) is { } pack) uploaded.Add(pack);
        }
        return [.. uploaded, .. builtIn.Values.Where(b => !ids.Contains(b.Id))];
    }
}
