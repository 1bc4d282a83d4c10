using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Limits and knobs of KPI packs; the defaults suit a 500-enterprise cluster on a small machine.</summary>
public sealed class KpiOptions
{
    /// <summary>Limits for one KPI formula run alone (dry runs, and to pin down a failure). Default: the sandbox's defaults (2 s, 1,000,000 statements, 64 MB, depth 128).</summary>
    public ScriptOptions FormulaLimits { get; set; } = new();

    /// <summary>
    /// Limits for the fast path, where all of a cluster's KPIs run in one evaluation so the data is
    /// copied into the engine once. Default 5 s, 5,000,000 statements, 256 MB; when hit, each KPI
    /// is run alone under <see cref="FormulaLimits"/>, so one runaway formula only fails itself.
    /// </summary>
    public ScriptOptions ClusterLimits { get; set; } = new()
    {
        TimeLimit = TimeSpan.FromSeconds(5),
        MaxStatements = 5_000_000,
        MemoryLimitBytes = 256L * 1024 * 1024,
    };

    /// <summary>Clusters evaluated at once. Default: one per processor.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Furthest period back <c>history(k)</c> and <c>kpi(id, k)</c> may reach. Default 12 (t−12).</summary>
    public int MaxHistoryLag { get; set; } = 12;

    /// <summary>Largest uploaded zip, in bytes, unpacked. Default 5 MB.</summary>
    public long MaxPackBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Most files an uploaded zip may hold. Default 200.</summary>
    public int MaxPackFiles { get; set; } = 200;

    /// <summary>Enterprises on the generated sample cluster of the dry run. Default 40.</summary>
    public int SampleRosterRows { get; set; } = 40;
}
