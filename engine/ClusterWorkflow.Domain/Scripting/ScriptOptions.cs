namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// Limits for every script the sandbox runs (form expressions, KPI formulas, workflow guards).
/// The defaults are meant for untrusted formulas typed by program managers: generous for a
/// sum over a 500-row roster, small enough that a runaway script fails fast.
/// </summary>
public sealed class ScriptOptions
{
    /// <summary>
    /// Processor time one evaluation may use (the evaluating thread's, so time spent waiting for a
    /// core on a loaded machine does not count). Default 2 seconds.
    /// </summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Wall-clock backstop of one evaluation, for the case the thread cannot be measured.
    /// Default null: ten times <see cref="TimeLimit"/>.
    /// </summary>
    public TimeSpan? WallClockLimit { get; set; }

    internal TimeSpan EffectiveWallClockLimit => WallClockLimit ?? TimeLimit * 10;

    /// <summary>Statements one evaluation may execute. Default 1,000,000 (a loop over 500 rows is ~2,000).</summary>
    public int MaxStatements { get; set; } = 1_000_000;

    /// <summary>Bytes one evaluation may allocate. Default 64 MB.</summary>
    public long MemoryLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How often one function may appear on the call stack. Default 128.</summary>
    public int MaxRecursionDepth { get; set; } = 128;

    /// <summary>
    /// Distinct script texts kept prepared. Default 10,000; when exceeded the cache starts over,
    /// so a stream of ever-different scripts cannot grow memory without bound.
    /// </summary>
    public int MaxCachedScripts { get; set; } = 10_000;

    /// <summary>Nesting depth of objects and arrays passed in or returned. Default 32.</summary>
    public int MaxValueDepth { get; set; } = 32;
}
