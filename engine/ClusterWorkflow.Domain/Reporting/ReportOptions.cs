namespace ClusterWorkflow.Domain.Reporting;

/// <summary>Limits for rendering report templates. The defaults fit a round of 2,000 clusters with 30 KPIs.</summary>
public sealed class ReportOptions
{
    /// <summary>
    /// Iterations allowed in one loop together with every loop nested inside it (Scriban counts them
    /// together). Default 500,000: the KPI table of 2,000 clusters × 30 KPIs needs 62,000, the
    /// remaining headroom covers the roll-up tables; an endless loop stops in well under a second.
    /// </summary>
    public int LoopLimit { get; set; } = 500_000;

    /// <summary>Depth of nested function calls in a template. Default 64.</summary>
    public int RecursionLimit { get; set; } = 64;

    /// <summary>Longest output, in characters. Default 64 million (a 2,000-cluster summary is about 10 million).</summary>
    public int OutputLimit { get; set; } = 64_000_000;

    /// <summary>Wall-clock time one render may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
