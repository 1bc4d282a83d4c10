namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// Whether the host seeds the sample pilot, bound from <c>ClusterWorkflow:Pilot</c>; the host's
/// <c>--no-seed</c> switch sets <see cref="SeedOnFirstStart"/> to false.
/// </summary>
public sealed class PilotSeedOptions
{
    public const string Section = "ClusterWorkflow:Pilot";

    /// <summary>
    /// Seed the pilot (program <c>nretp-pilot</c>, history, demo users, the open round) into a fresh
    /// store; default true. Tests turn it off; a store with users of its own is never seeded.
    /// </summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>Seed of the generated data; default the generator's (20261101), the same as the demo's.</summary>
    public int? DataSeed { get; set; }

    /// <summary>Clusters per district; default the full pilot's 10. Smaller for quick tries and tests.</summary>
    public int? ClustersPerDistrict { get; set; }

    /// <summary>Enterprises on every cluster's roster; default the full pilot's 450 to 550.</summary>
    public int? Enterprises { get; set; }

    /// <summary>The generator's options these settings give.</summary>
    public Domain.PilotData.PilotOptions ToPilotOptions()
    {
        var pilot = new Domain.PilotData.PilotOptions();
        if (DataSeed is { } seed) pilot = pilot with { Seed = seed };
        if (ClustersPerDistrict is { } clusters) pilot = pilot with { ClustersPerDistrict = clusters, TsaOfficersPerDistrict = Math.Min(pilot.TsaOfficersPerDistrict, Math.Max(1, clusters)) };
        if (Enterprises is { } enterprises) pilot = pilot with { MinEnterprises = enterprises, MaxEnterprises = enterprises };
        return pilot;
    }
}
