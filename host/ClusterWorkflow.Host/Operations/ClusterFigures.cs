using Orleans.Runtime;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// The cluster as the management grain sees it: the silos and their status, and the active grains of
/// each type on each silo.
/// </summary>
public sealed record ClusterFigures(string LocalSilo, IReadOnlyList<SiloFigure> Silos, IReadOnlyList<GrainTypeFigure> Grains)
{
    public int ActiveSilos => Silos.Count(s => s.Status == nameof(SiloStatus.Active));

    public int ActiveGrains => Grains.Sum(g => g.Activations);

    public static async Task<ClusterFigures> ReadAsync(IGrainFactory grains, ILocalSiloDetails local)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: false);
        var statistics = await management.GetSimpleGrainStatistics();
        var silos = hosts
            .Where(h => h.Value is not SiloStatus.Dead and not SiloStatus.None)
            .Select(h => new SiloFigure(h.Key.ToString(), h.Value.ToString()))
            .OrderBy(s => s.Address, StringComparer.Ordinal)
            .ToList();
        var grainFigures = statistics
            .Select(s => new GrainTypeFigure(s.SiloAddress.ToString(), ShortName(s.GrainType), s.ActivationCount))
            .OrderBy(g => g.Silo, StringComparer.Ordinal)
            .ThenBy(g => g.GrainType, StringComparer.Ordinal)
            .ToList();
        return new ClusterFigures(local.SiloAddress.ToString(), silos, grainFigures);
    }

    // Orleans names grain classes by their assembly-qualified CLR name; the class says enough to an operator.
    private static string ShortName(string grainType)
    {
        var comma = grainType.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0) grainType = grainType[..comma];
        var generic = grainType.IndexOf('`', StringComparison.Ordinal);
        var name = generic > 0 ? grainType[..generic] : grainType;
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }
}
